from typing import Literal

CreateGroupResponse400Type = Literal["/problems/malformed-json"]

CREATE_GROUP_RESPONSE_400_TYPE_VALUES: set[CreateGroupResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_group_response_400_type(value: str) -> CreateGroupResponse400Type:
    if value in CREATE_GROUP_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_400_TYPE_VALUES!r}"
    )
