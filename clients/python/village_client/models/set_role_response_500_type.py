from typing import Literal

SetRoleResponse500Type = Literal["/problems/internal-error"]

SET_ROLE_RESPONSE_500_TYPE_VALUES: set[SetRoleResponse500Type] = {
    "/problems/internal-error",
}


def check_set_role_response_500_type(value: str) -> SetRoleResponse500Type:
    if value in SET_ROLE_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_500_TYPE_VALUES!r}"
    )
