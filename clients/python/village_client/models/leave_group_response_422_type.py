from typing import Literal

LeaveGroupResponse422Type = Literal["/problems/validation-error"]

LEAVE_GROUP_RESPONSE_422_TYPE_VALUES: set[LeaveGroupResponse422Type] = {
    "/problems/validation-error",
}


def check_leave_group_response_422_type(value: str) -> LeaveGroupResponse422Type:
    if value in LEAVE_GROUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_422_TYPE_VALUES!r}"
    )
