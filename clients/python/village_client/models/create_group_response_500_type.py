from typing import Literal

CreateGroupResponse500Type = Literal["/problems/internal-error"]

CREATE_GROUP_RESPONSE_500_TYPE_VALUES: set[CreateGroupResponse500Type] = {
    "/problems/internal-error",
}


def check_create_group_response_500_type(value: str) -> CreateGroupResponse500Type:
    if value in CREATE_GROUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_500_TYPE_VALUES!r}"
    )
