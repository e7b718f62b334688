from typing import Literal

ListRsvpsResponse400Type = Literal["/problems/invalid-cursor"]

LIST_RSVPS_RESPONSE_400_TYPE_VALUES: set[ListRsvpsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_rsvps_response_400_type(value: str) -> ListRsvpsResponse400Type:
    if value in LIST_RSVPS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_400_TYPE_VALUES!r}"
    )
