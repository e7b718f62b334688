from typing import Literal

JoinGroupResponse429Type = Literal["/problems/rate-limited"]

JOIN_GROUP_RESPONSE_429_TYPE_VALUES: set[JoinGroupResponse429Type] = {
    "/problems/rate-limited",
}


def check_join_group_response_429_type(value: str) -> JoinGroupResponse429Type:
    if value in JOIN_GROUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_429_TYPE_VALUES!r}"
    )
