from typing import Literal

ListGroupsResponse401Type = Literal["/problems/invalid-token"]

LIST_GROUPS_RESPONSE_401_TYPE_VALUES: set[ListGroupsResponse401Type] = {
    "/problems/invalid-token",
}


def check_list_groups_response_401_type(value: str) -> ListGroupsResponse401Type:
    if value in LIST_GROUPS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_401_TYPE_VALUES!r}"
    )
