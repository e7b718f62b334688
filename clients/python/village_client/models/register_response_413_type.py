from typing import Literal

RegisterResponse413Type = Literal["/problems/payload-too-large"]

REGISTER_RESPONSE_413_TYPE_VALUES: set[RegisterResponse413Type] = {
    "/problems/payload-too-large",
}


def check_register_response_413_type(value: str) -> RegisterResponse413Type:
    if value in REGISTER_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_413_TYPE_VALUES!r}"
    )
