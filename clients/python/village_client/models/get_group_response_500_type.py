from typing import Literal

GetGroupResponse500Type = Literal["/problems/internal-error"]

GET_GROUP_RESPONSE_500_TYPE_VALUES: set[GetGroupResponse500Type] = {
    "/problems/internal-error",
}


def check_get_group_response_500_type(value: str) -> GetGroupResponse500Type:
    if value in GET_GROUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GROUP_RESPONSE_500_TYPE_VALUES!r}"
    )
