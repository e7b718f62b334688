from typing import Literal

GetGroupResponse414Type = Literal["/problems/uri-too-long"]

GET_GROUP_RESPONSE_414_TYPE_VALUES: set[GetGroupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_group_response_414_type(value: str) -> GetGroupResponse414Type:
    if value in GET_GROUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_414_TYPE_VALUES!r}"
    )
