from typing import Literal

GetGroupResponse503Type = Literal["/problems/service-unavailable"]

GET_GROUP_RESPONSE_503_TYPE_VALUES: set[GetGroupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_group_response_503_type(value: str) -> GetGroupResponse503Type:
    if value in GET_GROUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_503_TYPE_VALUES!r}"
    )
