from typing import Literal

SetRoleResponse422Type = Literal["/problems/validation-error"]

SET_ROLE_RESPONSE_422_TYPE_VALUES: set[SetRoleResponse422Type] = {
    "/problems/validation-error",
}


def check_set_role_response_422_type(value: str) -> SetRoleResponse422Type:
    if value in SET_ROLE_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_422_TYPE_VALUES!r}"
    )
