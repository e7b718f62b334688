from typing import Literal

ResetPasswordResponse429Type = Literal["/problems/rate-limited"]

RESET_PASSWORD_RESPONSE_429_TYPE_VALUES: set[ResetPasswordResponse429Type] = {
    "/problems/rate-limited",
}


def check_reset_password_response_429_type(value: str) -> ResetPasswordResponse429Type:
    if value in RESET_PASSWORD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_429_TYPE_VALUES!r}"
    )
