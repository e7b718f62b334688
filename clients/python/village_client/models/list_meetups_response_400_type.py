from typing import Literal

ListMeetupsResponse400Type = Literal["/problems/invalid-cursor"]

LIST_MEETUPS_RESPONSE_400_TYPE_VALUES: set[ListMeetupsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_meetups_response_400_type(value: str) -> ListMeetupsResponse400Type:
    if value in LIST_MEETUPS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_400_TYPE_VALUES!r}"
    )
