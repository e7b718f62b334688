from typing import Literal

ChangePasswordResponse413Type = Literal["/problems/payload-too-large"]

CHANGE_PASSWORD_RESPONSE_413_TYPE_VALUES: set[ChangePasswordResponse413Type] = {
    "/problems/payload-too-large",
}


def check_change_password_response_413_type(value: str) -> ChangePasswordResponse413Type:
    if value in CHANGE_PASSWORD_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_413_TYPE_VALUES!r}"
    )
