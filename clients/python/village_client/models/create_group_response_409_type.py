from typing import Literal

CreateGroupResponse409Type = Literal["/problems/idempotency-in-flight"]

CREATE_GROUP_RESPONSE_409_TYPE_VALUES: set[CreateGroupResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_create_group_response_409_type(value: str) -> CreateGroupResponse409Type:
    if value in CREATE_GROUP_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_409_TYPE_VALUES!r}"
    )
