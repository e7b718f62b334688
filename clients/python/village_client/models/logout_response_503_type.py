from typing import Literal

LogoutResponse503Type = Literal["/problems/service-unavailable"]

LOGOUT_RESPONSE_503_TYPE_VALUES: set[LogoutResponse503Type] = {
    "/problems/service-unavailable",
}


def check_logout_response_503_type(value: str) -> LogoutResponse503Type:
    if value in LOGOUT_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGOUT_RESPONSE_503_TYPE_VALUES!r}"
    )
