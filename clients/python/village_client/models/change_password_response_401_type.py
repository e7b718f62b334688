from typing import Literal

ChangePasswordResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CHANGE_PASSWORD_RESPONSE_401_TYPE_VALUES: set[ChangePasswordResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_change_password_response_401_type(value: str) -> ChangePasswordResponse401Type:
    if value in CHANGE_PASSWORD_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHANGE_PASSWORD_RESPONSE_401_TYPE_VALUES!r}"
    )
