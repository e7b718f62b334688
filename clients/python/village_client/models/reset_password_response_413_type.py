from typing import Literal

ResetPasswordResponse413Type = Literal["/problems/payload-too-large"]

RESET_PASSWORD_RESPONSE_413_TYPE_VALUES: set[ResetPasswordResponse413Type] = {
    "/problems/payload-too-large",
}


def check_reset_password_response_413_type(value: str) -> ResetPasswordResponse413Type:
    if value in RESET_PASSWORD_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_413_TYPE_VALUES!r}"
    )
