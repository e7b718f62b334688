from typing import Literal

ChangePasswordResponse400Type = Literal["/problems/malformed-json"]

CHANGE_PASSWORD_RESPONSE_400_TYPE_VALUES: set[ChangePasswordResponse400Type] = {
    "/problems/malformed-json",
}


def check_change_password_response_400_type(value: str) -> ChangePasswordResponse400Type:
    if value in CHANGE_PASSWORD_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_400_TYPE_VALUES!r}"
    )
