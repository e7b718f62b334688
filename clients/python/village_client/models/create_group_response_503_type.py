from typing import Literal

CreateGroupResponse503Type = Literal["/problems/service-unavailable"]

CREATE_GROUP_RESPONSE_503_TYPE_VALUES: set[CreateGroupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_group_response_503_type(value: str) -> CreateGroupResponse503Type:
    if value in CREATE_GROUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_503_TYPE_VALUES!r}"
    )
