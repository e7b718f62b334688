from typing import Literal

FindMembersResponse414Type = Literal["/problems/uri-too-long"]

FIND_MEMBERS_RESPONSE_414_TYPE_VALUES: set[FindMembersResponse414Type] = {
    "/problems/uri-too-long",
}


def check_find_members_response_414_type(value: str) -> FindMembersResponse414Type:
    if value in FIND_MEMBERS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_414_TYPE_VALUES!r}"
    )
