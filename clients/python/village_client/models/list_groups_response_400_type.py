from typing import Literal

ListGroupsResponse400Type = Literal["/problems/invalid-cursor"]

LIST_GROUPS_RESPONSE_400_TYPE_VALUES: set[ListGroupsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_groups_response_400_type(value: str) -> ListGroupsResponse400Type:
    if value in LIST_GROUPS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_400_TYPE_VALUES!r}"
    )
