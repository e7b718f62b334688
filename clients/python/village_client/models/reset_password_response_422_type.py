from typing import Literal

ResetPasswordResponse422Type = Literal["/problems/validation-error"]

RESET_PASSWORD_RESPONSE_422_TYPE_VALUES: set[ResetPasswordResponse422Type] = {
    "/problems/validation-error",
}


def check_reset_password_response_422_type(value: str) -> ResetPasswordResponse422Type:
    if value in RESET_PASSWORD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_422_TYPE_VALUES!r}"
    )
