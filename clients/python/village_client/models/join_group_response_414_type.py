from typing import Literal

JoinGroupResponse414Type = Literal["/problems/uri-too-long"]

JOIN_GROUP_RESPONSE_414_TYPE_VALUES: set[JoinGroupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_join_group_response_414_type(value: str) -> JoinGroupResponse414Type:
    if value in JOIN_GROUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_414_TYPE_VALUES!r}"
    )
