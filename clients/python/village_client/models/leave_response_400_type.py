from typing import Literal

LeaveResponse400Type = Literal["/problems/malformed-json"]

LEAVE_RESPONSE_400_TYPE_VALUES: set[LeaveResponse400Type] = {
    "/problems/malformed-json",
}


def check_leave_response_400_type(value: str) -> LeaveResponse400Type:
    if value in LEAVE_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_400_TYPE_VALUES!r}"
    )
