from typing import Literal

JoinGroupResponse431Type = Literal["/problems/request-header-fields-too-large"]

JOIN_GROUP_RESPONSE_431_TYPE_VALUES: set[JoinGroupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_join_group_response_431_type(value: str) -> JoinGroupResponse431Type:
    if value in JOIN_GROUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_431_TYPE_VALUES!r}"
    )
