from typing import Literal

CreateGroupResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_GROUP_RESPONSE_431_TYPE_VALUES: set[CreateGroupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_group_response_431_type(value: str) -> CreateGroupResponse431Type:
    if value in CREATE_GROUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_431_TYPE_VALUES!r}"
    )
