from typing import Literal

ChangePasswordResponse422Type = Literal["/problems/validation-error"]

CHANGE_PASSWORD_RESPONSE_422_TYPE_VALUES: set[ChangePasswordResponse422Type] = {
    "/problems/validation-error",
}


def check_change_password_response_422_type(value: str) -> ChangePasswordResponse422Type:
    if value in CHANGE_PASSWORD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_422_TYPE_VALUES!r}"
    )
