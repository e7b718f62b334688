from typing import Literal

ResetPasswordResponse500Type = Literal["/problems/internal-error"]

RESET_PASSWORD_RESPONSE_500_TYPE_VALUES: set[ResetPasswordResponse500Type] = {
    "/problems/internal-error",
}


def check_reset_password_response_500_type(value: str) -> ResetPasswordResponse500Type:
    if value in RESET_PASSWORD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_500_TYPE_VALUES!r}"
    )
