from typing import Literal

ResetPasswordResponse503Type = Literal["/problems/service-unavailable"]

RESET_PASSWORD_RESPONSE_503_TYPE_VALUES: set[ResetPasswordResponse503Type] = {
    "/problems/service-unavailable",
}


def check_reset_password_response_503_type(value: str) -> ResetPasswordResponse503Type:
    if value in RESET_PASSWORD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_503_TYPE_VALUES!r}"
    )
