from typing import Literal

ListGroupsResponse503Type = Literal["/problems/service-unavailable"]

LIST_GROUPS_RESPONSE_503_TYPE_VALUES: set[ListGroupsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_groups_response_503_type(value: str) -> ListGroupsResponse503Type:
    if value in LIST_GROUPS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_503_TYPE_VALUES!r}"
    )
