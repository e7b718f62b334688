from typing import Literal

ChangePasswordResponse429Type = Literal["/problems/rate-limited"]

CHANGE_PASSWORD_RESPONSE_429_TYPE_VALUES: set[ChangePasswordResponse429Type] = {
    "/problems/rate-limited",
}


def check_change_password_response_429_type(value: str) -> ChangePasswordResponse429Type:
    if value in CHANGE_PASSWORD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_429_TYPE_VALUES!r}"
    )
