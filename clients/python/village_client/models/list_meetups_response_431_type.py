from typing import Literal

ListMeetupsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_MEETUPS_RESPONSE_431_TYPE_VALUES: set[ListMeetupsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_meetups_response_431_type(value: str) -> ListMeetupsResponse431Type:
    if value in LIST_MEETUPS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_431_TYPE_VALUES!r}"
    )
