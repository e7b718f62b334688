from typing import Literal

CreateGroupResponse414Type = Literal["/problems/uri-too-long"]

CREATE_GROUP_RESPONSE_414_TYPE_VALUES: set[CreateGroupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_group_response_414_type(value: str) -> CreateGroupResponse414Type:
    if value in CREATE_GROUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_414_TYPE_VALUES!r}"
    )
