from typing import Literal

ListMeetupsResponse414Type = Literal["/problems/uri-too-long"]

LIST_MEETUPS_RESPONSE_414_TYPE_VALUES: set[ListMeetupsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_meetups_response_414_type(value: str) -> ListMeetupsResponse414Type:
    if value in LIST_MEETUPS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_414_TYPE_VALUES!r}"
    )
