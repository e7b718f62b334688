from typing import Literal

LeaveGroupResponse403Type = Literal["/problems/insufficient-scope"]

LEAVE_GROUP_RESPONSE_403_TYPE_VALUES: set[LeaveGroupResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_leave_group_response_403_type(value: str) -> LeaveGroupResponse403Type:
    if value in LEAVE_GROUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_403_TYPE_VALUES!r}"
    )
