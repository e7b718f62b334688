from typing import Literal

ListMeetupsResponse429Type = Literal["/problems/rate-limited"]

LIST_MEETUPS_RESPONSE_429_TYPE_VALUES: set[ListMeetupsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_meetups_response_429_type(value: str) -> ListMeetupsResponse429Type:
    if value in LIST_MEETUPS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_429_TYPE_VALUES!r}"
    )
