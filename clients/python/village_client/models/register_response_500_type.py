from typing import Literal

RegisterResponse500Type = Literal["/problems/internal-error"]

REGISTER_RESPONSE_500_TYPE_VALUES: set[RegisterResponse500Type] = {
    "/problems/internal-error",
}


def check_register_response_500_type(value: str) -> RegisterResponse500Type:
    if value in REGISTER_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_500_TYPE_VALUES!r}"
    )
