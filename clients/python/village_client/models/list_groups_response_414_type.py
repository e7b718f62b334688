from typing import Literal

ListGroupsResponse414Type = Literal["/problems/uri-too-long"]

LIST_GROUPS_RESPONSE_414_TYPE_VALUES: set[ListGroupsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_groups_response_414_type(value: str) -> ListGroupsResponse414Type:
    if value in LIST_GROUPS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_414_TYPE_VALUES!r}"
    )
