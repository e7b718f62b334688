from typing import Literal

RegisterResponse429Type = Literal["/problems/rate-limited"]

REGISTER_RESPONSE_429_TYPE_VALUES: set[RegisterResponse429Type] = {
    "/problems/rate-limited",
}


def check_register_response_429_type(value: str) -> RegisterResponse429Type:
    if value in REGISTER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_429_TYPE_VALUES!r}"
    )
