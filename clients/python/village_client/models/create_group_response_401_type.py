from typing import Literal

CreateGroupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_GROUP_RESPONSE_401_TYPE_VALUES: set[CreateGroupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_group_response_401_type(value: str) -> CreateGroupResponse401Type:
    if value in CREATE_GROUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_401_TYPE_VALUES!r}"
    )
