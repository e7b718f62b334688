from typing import Literal

ListRsvpsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_RSVPS_RESPONSE_431_TYPE_VALUES: set[ListRsvpsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_rsvps_response_431_type(value: str) -> ListRsvpsResponse431Type:
    if value in LIST_RSVPS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_431_TYPE_VALUES!r}"
    )
