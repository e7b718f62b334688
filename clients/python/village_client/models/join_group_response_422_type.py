from typing import Literal

JoinGroupResponse422Type = Literal["/problems/validation-error"]

JOIN_GROUP_RESPONSE_422_TYPE_VALUES: set[JoinGroupResponse422Type] = {
    "/problems/validation-error",
}


def check_join_group_response_422_type(value: str) -> JoinGroupResponse422Type:
    if value in JOIN_GROUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_422_TYPE_VALUES!r}"
    )
