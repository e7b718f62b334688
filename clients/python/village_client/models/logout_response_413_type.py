from typing import Literal

LogoutResponse413Type = Literal["/problems/payload-too-large"]

LOGOUT_RESPONSE_413_TYPE_VALUES: set[LogoutResponse413Type] = {
    "/problems/payload-too-large",
}


def check_logout_response_413_type(value: str) -> LogoutResponse413Type:
    if value in LOGOUT_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOGOUT_RESPONSE_413_TYPE_VALUES!r}"
    )
