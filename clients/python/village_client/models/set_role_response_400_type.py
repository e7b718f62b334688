from typing import Literal

SetRoleResponse400Type = Literal["/problems/malformed-json"]

SET_ROLE_RESPONSE_400_TYPE_VALUES: set[SetRoleResponse400Type] = {
    "/problems/malformed-json",
}


def check_set_role_response_400_type(value: str) -> SetRoleResponse400Type:
    if value in SET_ROLE_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_400_TYPE_VALUES!r}"
    )
