from typing import Literal

LeaveGroupResponse500Type = Literal["/problems/internal-error"]

LEAVE_GROUP_RESPONSE_500_TYPE_VALUES: set[LeaveGroupResponse500Type] = {
    "/problems/internal-error",
}


def check_leave_group_response_500_type(value: str) -> LeaveGroupResponse500Type:
    if value in LEAVE_GROUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_500_TYPE_VALUES!r}"
    )
