from typing import Literal

ChangePasswordResponse503Type = Literal["/problems/service-unavailable"]

CHANGE_PASSWORD_RESPONSE_503_TYPE_VALUES: set[ChangePasswordResponse503Type] = {
    "/problems/service-unavailable",
}


def check_change_password_response_503_type(value: str) -> ChangePasswordResponse503Type:
    if value in CHANGE_PASSWORD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_503_TYPE_VALUES!r}"
    )
