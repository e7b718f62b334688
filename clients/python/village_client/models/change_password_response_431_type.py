from typing import Literal

ChangePasswordResponse431Type = Literal["/problems/request-header-fields-too-large"]

CHANGE_PASSWORD_RESPONSE_431_TYPE_VALUES: set[ChangePasswordResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_change_password_response_431_type(value: str) -> ChangePasswordResponse431Type:
    if value in CHANGE_PASSWORD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_431_TYPE_VALUES!r}"
    )
