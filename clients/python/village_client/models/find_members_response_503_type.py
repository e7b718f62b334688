from typing import Literal

FindMembersResponse503Type = Literal["/problems/service-unavailable"]

FIND_MEMBERS_RESPONSE_503_TYPE_VALUES: set[FindMembersResponse503Type] = {
    "/problems/service-unavailable",
}


def check_find_members_response_503_type(value: str) -> FindMembersResponse503Type:
    if value in FIND_MEMBERS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_MEMBERS_RESPONSE_503_TYPE_VALUES!r}"
    )
