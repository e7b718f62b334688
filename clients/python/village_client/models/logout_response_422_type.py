from typing import Literal

LogoutResponse422Type = Literal["/problems/validation-error"]

LOGOUT_RESPONSE_422_TYPE_VALUES: set[LogoutResponse422Type] = {
    "/problems/validation-error",
}


def check_logout_response_422_type(value: str) -> LogoutResponse422Type:
    if value in LOGOUT_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGOUT_RESPONSE_422_TYPE_VALUES!r}"
    )
