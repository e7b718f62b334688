from typing import Literal

SetRoleResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

SET_ROLE_RESPONSE_401_TYPE_VALUES: set[SetRoleResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_set_role_response_401_type(value: str) -> SetRoleResponse401Type:
    if value in SET_ROLE_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_401_TYPE_VALUES!r}"
    )
