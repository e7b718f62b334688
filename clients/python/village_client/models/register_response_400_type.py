from typing import Literal

RegisterResponse400Type = Literal["/problems/malformed-json"]

REGISTER_RESPONSE_400_TYPE_VALUES: set[RegisterResponse400Type] = {
    "/problems/malformed-json",
}


def check_register_response_400_type(value: str) -> RegisterResponse400Type:
    if value in REGISTER_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_400_TYPE_VALUES!r}"
    )
