from typing import Literal

ListMeetupsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_MEETUPS_RESPONSE_403_TYPE_VALUES: set[ListMeetupsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_meetups_response_403_type(value: str) -> ListMeetupsResponse403Type:
    if value in LIST_MEETUPS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_403_TYPE_VALUES!r}"
    )
