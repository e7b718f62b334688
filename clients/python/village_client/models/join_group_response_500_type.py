from typing import Literal

JoinGroupResponse500Type = Literal["/problems/internal-error"]

JOIN_GROUP_RESPONSE_500_TYPE_VALUES: set[JoinGroupResponse500Type] = {
    "/problems/internal-error",
}


def check_join_group_response_500_type(value: str) -> JoinGroupResponse500Type:
    if value in JOIN_GROUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_500_TYPE_VALUES!r}"
    )
