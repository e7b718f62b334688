from typing import Literal

CreateGroupResponse413Type = Literal["/problems/payload-too-large"]

CREATE_GROUP_RESPONSE_413_TYPE_VALUES: set[CreateGroupResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_group_response_413_type(value: str) -> CreateGroupResponse413Type:
    if value in CREATE_GROUP_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_413_TYPE_VALUES!r}"
    )
