from typing import Literal

RegisterResponse409Type = Literal["/problems/email-taken", "/problems/username-taken"]

REGISTER_RESPONSE_409_TYPE_VALUES: set[RegisterResponse409Type] = {
    "/problems/email-taken",
    "/problems/username-taken",
}


def check_register_response_409_type(value: str) -> RegisterResponse409Type:
    if value in REGISTER_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTER_RESPONSE_409_TYPE_VALUES!r}"
    )
