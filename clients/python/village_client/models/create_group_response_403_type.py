from typing import Literal

CreateGroupResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

CREATE_GROUP_RESPONSE_403_TYPE_VALUES: set[CreateGroupResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_create_group_response_403_type(value: str) -> CreateGroupResponse403Type:
    if value in CREATE_GROUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_RESPONSE_403_TYPE_VALUES!r}"
    )
