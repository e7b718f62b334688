from typing import Literal

LogoutResponse400Type = Literal["/problems/malformed-json"]

LOGOUT_RESPONSE_400_TYPE_VALUES: set[LogoutResponse400Type] = {
    "/problems/malformed-json",
}


def check_logout_response_400_type(value: str) -> LogoutResponse400Type:
    if value in LOGOUT_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGOUT_RESPONSE_400_TYPE_VALUES!r}"
    )
