from typing import Literal

ListGroupsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_GROUPS_RESPONSE_403_TYPE_VALUES: set[ListGroupsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_groups_response_403_type(value: str) -> ListGroupsResponse403Type:
    if value in LIST_GROUPS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_403_TYPE_VALUES!r}"
    )
