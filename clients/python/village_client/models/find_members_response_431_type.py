from typing import Literal

FindMembersResponse431Type = Literal["/problems/request-header-fields-too-large"]

FIND_MEMBERS_RESPONSE_431_TYPE_VALUES: set[FindMembersResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_find_members_response_431_type(value: str) -> FindMembersResponse431Type:
    if value in FIND_MEMBERS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_431_TYPE_VALUES!r}"
    )
