from typing import Literal

RegisterResponse422Type = Literal["/problems/validation-error"]

REGISTER_RESPONSE_422_TYPE_VALUES: set[RegisterResponse422Type] = {
    "/problems/validation-error",
}


def check_register_response_422_type(value: str) -> RegisterResponse422Type:
    if value in REGISTER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_422_TYPE_VALUES!r}"
    )
