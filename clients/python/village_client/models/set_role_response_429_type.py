from typing import Literal

SetRoleResponse429Type = Literal["/problems/rate-limited"]

SET_ROLE_RESPONSE_429_TYPE_VALUES: set[SetRoleResponse429Type] = {
    "/problems/rate-limited",
}


def check_set_role_response_429_type(value: str) -> SetRoleResponse429Type:
    if value in SET_ROLE_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_429_TYPE_VALUES!r}"
    )
