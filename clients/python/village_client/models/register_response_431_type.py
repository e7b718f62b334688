from typing import Literal

RegisterResponse431Type = Literal["/problems/request-header-fields-too-large"]

REGISTER_RESPONSE_431_TYPE_VALUES: set[RegisterResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_register_response_431_type(value: str) -> RegisterResponse431Type:
    if value in REGISTER_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_431_TYPE_VALUES!r}"
    )
