from typing import Literal

ResetPasswordResponse414Type = Literal["/problems/uri-too-long"]

RESET_PASSWORD_RESPONSE_414_TYPE_VALUES: set[ResetPasswordResponse414Type] = {
    "/problems/uri-too-long",
}


def check_reset_password_response_414_type(value: str) -> ResetPasswordResponse414Type:
    if value in RESET_PASSWORD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_414_TYPE_VALUES!r}"
    )
