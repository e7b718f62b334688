from typing import Literal

ListMeetupsResponse422Type = Literal["/problems/validation-error"]

LIST_MEETUPS_RESPONSE_422_TYPE_VALUES: set[ListMeetupsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_meetups_response_422_type(value: str) -> ListMeetupsResponse422Type:
    if value in LIST_MEETUPS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_422_TYPE_VALUES!r}"
    )
