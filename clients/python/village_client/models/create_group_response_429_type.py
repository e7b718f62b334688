from typing import Literal

CreateGroupResponse429Type = Literal["/problems/rate-limited"]

CREATE_GROUP_RESPONSE_429_TYPE_VALUES: set[CreateGroupResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_group_response_429_type(value: str) -> CreateGroupResponse429Type:
    if value in CREATE_GROUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_429_TYPE_VALUES!r}"
    )
