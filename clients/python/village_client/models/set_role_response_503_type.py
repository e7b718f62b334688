from typing import Literal

SetRoleResponse503Type = Literal["/problems/service-unavailable"]

SET_ROLE_RESPONSE_503_TYPE_VALUES: set[SetRoleResponse503Type] = {
    "/problems/service-unavailable",
}


def check_set_role_response_503_type(value: str) -> SetRoleResponse503Type:
    if value in SET_ROLE_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_503_TYPE_VALUES!r}"
    )
