from typing import Literal

LogoutResponse429Type = Literal["/problems/rate-limited"]

LOGOUT_RESPONSE_429_TYPE_VALUES: set[LogoutResponse429Type] = {
    "/problems/rate-limited",
}


def check_logout_response_429_type(value: str) -> LogoutResponse429Type:
    if value in LOGOUT_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGOUT_RESPONSE_429_TYPE_VALUES!r}"
    )
