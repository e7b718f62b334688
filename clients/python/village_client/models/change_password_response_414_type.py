from typing import Literal

ChangePasswordResponse414Type = Literal["/problems/uri-too-long"]

CHANGE_PASSWORD_RESPONSE_414_TYPE_VALUES: set[ChangePasswordResponse414Type] = {
    "/problems/uri-too-long",
}


def check_change_password_response_414_type(value: str) -> ChangePasswordResponse414Type:
    if value in CHANGE_PASSWORD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_414_TYPE_VALUES!r}"
    )
