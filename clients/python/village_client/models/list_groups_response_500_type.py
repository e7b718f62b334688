from typing import Literal

ListGroupsResponse500Type = Literal["/problems/internal-error"]

LIST_GROUPS_RESPONSE_500_TYPE_VALUES: set[ListGroupsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_groups_response_500_type(value: str) -> ListGroupsResponse500Type:
    if value in LIST_GROUPS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_500_TYPE_VALUES!r}"
    )
