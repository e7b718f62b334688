from typing import Literal

LeaveResponse409Type = Literal["/problems/demote-first"]

LEAVE_RESPONSE_409_TYPE_VALUES: set[LeaveResponse409Type] = {
    "/problems/demote-first",
}


def check_leave_response_409_type(value: str) -> LeaveResponse409Type:
    if value in LEAVE_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_409_TYPE_VALUES!r}"
    )
