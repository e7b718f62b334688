from typing import Literal

LeaveResponse429Type = Literal["/problems/rate-limited"]

LEAVE_RESPONSE_429_TYPE_VALUES: set[LeaveResponse429Type] = {
    "/problems/rate-limited",
}


def check_leave_response_429_type(value: str) -> LeaveResponse429Type:
    if value in LEAVE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_429_TYPE_VALUES!r}"
    )
