from typing import Literal

ListRsvpsResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_RSVPS_RESPONSE_401_TYPE_VALUES: set[ListRsvpsResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_rsvps_response_401_type(value: str) -> ListRsvpsResponse401Type:
    if value in LIST_RSVPS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_401_TYPE_VALUES!r}"
    )
