from typing import Literal

FindMembersResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

FIND_MEMBERS_RESPONSE_401_TYPE_VALUES: set[FindMembersResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_find_members_response_401_type(value: str) -> FindMembersResponse401Type:
    if value in FIND_MEMBERS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_401_TYPE_VALUES!r}"
    )
