from typing import Literal

ListRsvpsResponse429Type = Literal["/problems/rate-limited"]

LIST_RSVPS_RESPONSE_429_TYPE_VALUES: set[ListRsvpsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_rsvps_response_429_type(value: str) -> ListRsvpsResponse429Type:
    if value in LIST_RSVPS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_429_TYPE_VALUES!r}"
    )
