from typing import Literal

GetGroupResponse429Type = Literal["/problems/rate-limited"]

GET_GROUP_RESPONSE_429_TYPE_VALUES: set[GetGroupResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_group_response_429_type(value: str) -> GetGroupResponse429Type:
    if value in GET_GROUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_429_TYPE_VALUES!r}"
    )
