from typing import Literal

LeaveGroupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LEAVE_GROUP_RESPONSE_401_TYPE_VALUES: set[LeaveGroupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_leave_group_response_401_type(value: str) -> LeaveGroupResponse401Type:
    if value in LEAVE_GROUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_GROUP_RESPONSE_401_TYPE_VALUES!r}"
    )
