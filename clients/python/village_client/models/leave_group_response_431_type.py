from typing import Literal

LeaveGroupResponse431Type = Literal["/problems/request-header-fields-too-large"]

LEAVE_GROUP_RESPONSE_431_TYPE_VALUES: set[LeaveGroupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_leave_group_response_431_type(value: str) -> LeaveGroupResponse431Type:
    if value in LEAVE_GROUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_431_TYPE_VALUES!r}"
    )
