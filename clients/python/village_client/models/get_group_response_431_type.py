from typing import Literal

GetGroupResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_GROUP_RESPONSE_431_TYPE_VALUES: set[GetGroupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_group_response_431_type(value: str) -> GetGroupResponse431Type:
    if value in GET_GROUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_431_TYPE_VALUES!r}"
    )
