from typing import Literal

ListMeetupsResponse500Type = Literal["/problems/internal-error"]

LIST_MEETUPS_RESPONSE_500_TYPE_VALUES: set[ListMeetupsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_meetups_response_500_type(value: str) -> ListMeetupsResponse500Type:
    if value in LIST_MEETUPS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_500_TYPE_VALUES!r}"
    )
