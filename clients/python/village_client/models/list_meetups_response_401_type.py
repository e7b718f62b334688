from typing import Literal

ListMeetupsResponse401Type = Literal["/problems/invalid-token"]

LIST_MEETUPS_RESPONSE_401_TYPE_VALUES: set[ListMeetupsResponse401Type] = {
    "/problems/invalid-token",
}


def check_list_meetups_response_401_type(value: str) -> ListMeetupsResponse401Type:
    if value in LIST_MEETUPS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_401_TYPE_VALUES!r}"
    )
