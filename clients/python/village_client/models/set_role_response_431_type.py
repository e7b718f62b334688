from typing import Literal

SetRoleResponse431Type = Literal["/problems/request-header-fields-too-large"]

SET_ROLE_RESPONSE_431_TYPE_VALUES: set[SetRoleResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_set_role_response_431_type(value: str) -> SetRoleResponse431Type:
    if value in SET_ROLE_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_431_TYPE_VALUES!r}"
    )
