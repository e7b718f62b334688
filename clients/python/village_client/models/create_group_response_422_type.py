from typing import Literal

CreateGroupResponse422Type = Literal[
    "/problems/idempotency-key-reused", "/problems/validation-error"
]

CREATE_GROUP_RESPONSE_422_TYPE_VALUES: set[CreateGroupResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_create_group_response_422_type(value: str) -> CreateGroupResponse422Type:
    if value in CREATE_GROUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_422_TYPE_VALUES!r}"
    )
