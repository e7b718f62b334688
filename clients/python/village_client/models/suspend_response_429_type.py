from typing import Literal

SuspendResponse429Type = Literal["/problems/rate-limited"]

SUSPEND_RESPONSE_429_TYPE_VALUES: set[SuspendResponse429Type] = {
    "/problems/rate-limited",
}


def check_suspend_response_429_type(value: str) -> SuspendResponse429Type:
    if value in SUSPEND_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPEND_RESPONSE_429_TYPE_VALUES!r}"
    )
