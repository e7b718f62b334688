from typing import Literal

ChangePasswordResponse403Type = Literal[
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/wrong-password",
]

CHANGE_PASSWORD_RESPONSE_403_TYPE_VALUES: set[ChangePasswordResponse403Type] = {
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/wrong-password",
}


def check_change_password_response_403_type(value: str) -> ChangePasswordResponse403Type:
    if value in CHANGE_PASSWORD_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_403_TYPE_VALUES!r}"
    )
