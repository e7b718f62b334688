from typing import Literal

ListGroupsResponse429Type = Literal["/problems/rate-limited"]

LIST_GROUPS_RESPONSE_429_TYPE_VALUES: set[ListGroupsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_groups_response_429_type(value: str) -> ListGroupsResponse429Type:
    if value in LIST_GROUPS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_429_TYPE_VALUES!r}"
    )
