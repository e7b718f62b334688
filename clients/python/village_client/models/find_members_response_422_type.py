from typing import Literal

FindMembersResponse422Type = Literal["/problems/validation-error"]

FIND_MEMBERS_RESPONSE_422_TYPE_VALUES: set[FindMembersResponse422Type] = {
    "/problems/validation-error",
}


def check_find_members_response_422_type(value: str) -> FindMembersResponse422Type:
    if value in FIND_MEMBERS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_422_TYPE_VALUES!r}"
    )
