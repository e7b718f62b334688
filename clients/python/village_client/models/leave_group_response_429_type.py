from typing import Literal

LeaveGroupResponse429Type = Literal["/problems/rate-limited"]

LEAVE_GROUP_RESPONSE_429_TYPE_VALUES: set[LeaveGroupResponse429Type] = {
    "/problems/rate-limited",
}


def check_leave_group_response_429_type(value: str) -> LeaveGroupResponse429Type:
    if value in LEAVE_GROUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_429_TYPE_VALUES!r}"
    )
