from typing import Literal

FindMembersResponse429Type = Literal["/problems/rate-limited"]

FIND_MEMBERS_RESPONSE_429_TYPE_VALUES: set[FindMembersResponse429Type] = {
    "/problems/rate-limited",
}


def check_find_members_response_429_type(value: str) -> FindMembersResponse429Type:
    if value in FIND_MEMBERS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_429_TYPE_VALUES!r}"
    )
