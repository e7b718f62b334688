from typing import Literal

GetGroupResponse422Type = Literal["/problems/validation-error"]

GET_GROUP_RESPONSE_422_TYPE_VALUES: set[GetGroupResponse422Type] = {
    "/problems/validation-error",
}


def check_get_group_response_422_type(value: str) -> GetGroupResponse422Type:
    if value in GET_GROUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_422_TYPE_VALUES!r}"
    )
