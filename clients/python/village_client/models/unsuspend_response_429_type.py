from typing import Literal

UnsuspendResponse429Type = Literal["/problems/rate-limited"]

UNSUSPEND_RESPONSE_429_TYPE_VALUES: set[UnsuspendResponse429Type] = {
    "/problems/rate-limited",
}


def check_unsuspend_response_429_type(value: str) -> UnsuspendResponse429Type:
    if value in UNSUSPEND_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUSPEND_RESPONSE_429_TYPE_VALUES!r}"
    )
