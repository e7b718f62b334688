from typing import Literal

JoinGroupResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

JOIN_GROUP_RESPONSE_403_TYPE_VALUES: set[JoinGroupResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_join_group_response_403_type(value: str) -> JoinGroupResponse403Type:
    if value in JOIN_GROUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOIN_GROUP_RESPONSE_403_TYPE_VALUES!r}"
    )
