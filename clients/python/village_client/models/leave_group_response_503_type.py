from typing import Literal

LeaveGroupResponse503Type = Literal["/problems/service-unavailable"]

LEAVE_GROUP_RESPONSE_503_TYPE_VALUES: set[LeaveGroupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_leave_group_response_503_type(value: str) -> LeaveGroupResponse503Type:
    if value in LEAVE_GROUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_503_TYPE_VALUES!r}"
    )
