from typing import Literal

ListGroupsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_GROUPS_RESPONSE_431_TYPE_VALUES: set[ListGroupsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_groups_response_431_type(value: str) -> ListGroupsResponse431Type:
    if value in LIST_GROUPS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_431_TYPE_VALUES!r}"
    )
