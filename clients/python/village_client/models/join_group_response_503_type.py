from typing import Literal

JoinGroupResponse503Type = Literal["/problems/service-unavailable"]

JOIN_GROUP_RESPONSE_503_TYPE_VALUES: set[JoinGroupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_join_group_response_503_type(value: str) -> JoinGroupResponse503Type:
    if value in JOIN_GROUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_503_TYPE_VALUES!r}"
    )
