from typing import Literal

SetRoleResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

SET_ROLE_RESPONSE_403_TYPE_VALUES: set[SetRoleResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_set_role_response_403_type(value: str) -> SetRoleResponse403Type:
    if value in SET_ROLE_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_ROLE_RESPONSE_403_TYPE_VALUES!r}"
    )
