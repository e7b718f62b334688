from typing import Literal

LeaveGroupResponse414Type = Literal["/problems/uri-too-long"]

LEAVE_GROUP_RESPONSE_414_TYPE_VALUES: set[LeaveGroupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_leave_group_response_414_type(value: str) -> LeaveGroupResponse414Type:
    if value in LEAVE_GROUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_414_TYPE_VALUES!r}"
    )
