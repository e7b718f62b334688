from typing import Literal

GetGroupResponse401Type = Literal["/problems/invalid-token"]

GET_GROUP_RESPONSE_401_TYPE_VALUES: set[GetGroupResponse401Type] = {
    "/problems/invalid-token",
}


def check_get_group_response_401_type(value: str) -> GetGroupResponse401Type:
    if value in GET_GROUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_401_TYPE_VALUES!r}"
    )
