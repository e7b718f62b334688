from typing import Literal

SetRoleResponse414Type = Literal["/problems/uri-too-long"]

SET_ROLE_RESPONSE_414_TYPE_VALUES: set[SetRoleResponse414Type] = {
    "/problems/uri-too-long",
}


def check_set_role_response_414_type(value: str) -> SetRoleResponse414Type:
    if value in SET_ROLE_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_414_TYPE_VALUES!r}"
    )
