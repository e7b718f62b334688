from typing import Literal

ResetPasswordResponse431Type = Literal["/problems/request-header-fields-too-large"]

RESET_PASSWORD_RESPONSE_431_TYPE_VALUES: set[ResetPasswordResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_reset_password_response_431_type(value: str) -> ResetPasswordResponse431Type:
    if value in RESET_PASSWORD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESET_PASSWORD_RESPONSE_431_TYPE_VALUES!r}"
    )
