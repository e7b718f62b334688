from typing import Literal

ListMeetupsResponse503Type = Literal["/problems/service-unavailable"]

LIST_MEETUPS_RESPONSE_503_TYPE_VALUES: set[ListMeetupsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_meetups_response_503_type(value: str) -> ListMeetupsResponse503Type:
    if value in LIST_MEETUPS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEETUPS_RESPONSE_503_TYPE_VALUES!r}"
    )
