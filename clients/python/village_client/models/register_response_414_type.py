from typing import Literal

RegisterResponse414Type = Literal["/problems/uri-too-long"]

REGISTER_RESPONSE_414_TYPE_VALUES: set[RegisterResponse414Type] = {
    "/problems/uri-too-long",
}


def check_register_response_414_type(value: str) -> RegisterResponse414Type:
    if value in REGISTER_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_414_TYPE_VALUES!r}"
    )
