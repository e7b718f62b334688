from typing import Literal

ChangePasswordResponse500Type = Literal["/problems/internal-error"]

CHANGE_PASSWORD_RESPONSE_500_TYPE_VALUES: set[ChangePasswordResponse500Type] = {
    "/problems/internal-error",
}


def check_change_password_response_500_type(value: str) -> ChangePasswordResponse500Type:
    if value in CHANGE_PASSWORD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_500_TYPE_VALUES!r}"
    )
