from typing import Literal

ListGroupsResponse422Type = Literal["/problems/validation-error"]

LIST_GROUPS_RESPONSE_422_TYPE_VALUES: set[ListGroupsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_groups_response_422_type(value: str) -> ListGroupsResponse422Type:
    if value in LIST_GROUPS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_GROUPS_RESPONSE_422_TYPE_VALUES!r}"
    )
