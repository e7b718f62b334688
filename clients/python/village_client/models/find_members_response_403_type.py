from typing import Literal

FindMembersResponse403Type = Literal["/problems/insufficient-scope"]

FIND_MEMBERS_RESPONSE_403_TYPE_VALUES: set[FindMembersResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_find_members_response_403_type(value: str) -> FindMembersResponse403Type:
    if value in FIND_MEMBERS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_403_TYPE_VALUES!r}"
    )
