from typing import Literal

JoinGroupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

JOIN_GROUP_RESPONSE_401_TYPE_VALUES: set[JoinGroupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_join_group_response_401_type(value: str) -> JoinGroupResponse401Type:
    if value in JOIN_GROUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_401_TYPE_VALUES!r}"
    )
