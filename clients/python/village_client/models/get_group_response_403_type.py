from typing import Literal

GetGroupResponse403Type = Literal["/problems/insufficient-scope"]

GET_GROUP_RESPONSE_403_TYPE_VALUES: set[GetGroupResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_get_group_response_403_type(value: str) -> GetGroupResponse403Type:
    if value in GET_GROUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_403_TYPE_VALUES!r}"
    )
