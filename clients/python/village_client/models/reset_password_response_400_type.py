from typing import Literal

ResetPasswordResponse400Type = Literal["/problems/invalid-reset-token", "/problems/malformed-json"]

RESET_PASSWORD_RESPONSE_400_TYPE_VALUES: set[ResetPasswordResponse400Type] = {
    "/problems/invalid-reset-token",
    "/problems/malformed-json",
}


def check_reset_password_response_400_type(value: str) -> ResetPasswordResponse400Type:
    if value in RESET_PASSWORD_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_400_TYPE_VALUES!r}"
    )
