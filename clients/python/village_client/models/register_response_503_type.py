from typing import Literal

RegisterResponse503Type = Literal["/problems/service-unavailable"]

REGISTER_RESPONSE_503_TYPE_VALUES: set[RegisterResponse503Type] = {
    "/problems/service-unavailable",
}


def check_register_response_503_type(value: str) -> RegisterResponse503Type:
    if value in REGISTER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_503_TYPE_VALUES!r}"
    )
