from typing import Literal

FindMembersResponse500Type = Literal["/problems/internal-error"]

FIND_MEMBERS_RESPONSE_500_TYPE_VALUES: set[FindMembersResponse500Type] = {
    "/problems/internal-error",
}


def check_find_members_response_500_type(value: str) -> FindMembersResponse500Type:
    if value in FIND_MEMBERS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_500_TYPE_VALUES!r}"
    )
