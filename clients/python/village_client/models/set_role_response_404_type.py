from typing import Literal

SetRoleResponse404Type = Literal["/problems/not-found"]

SET_ROLE_RESPONSE_404_TYPE_VALUES: set[SetRoleResponse404Type] = {
    "/problems/not-found",
}


def check_set_role_response_404_type(value: str) -> SetRoleResponse404Type:
    if value in SET_ROLE_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_404_TYPE_VALUES!r}"
    )
