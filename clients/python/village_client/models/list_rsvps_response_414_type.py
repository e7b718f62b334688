from typing import Literal

ListRsvpsResponse414Type = Literal["/problems/uri-too-long"]

LIST_RSVPS_RESPONSE_414_TYPE_VALUES: set[ListRsvpsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_rsvps_response_414_type(value: str) -> ListRsvpsResponse414Type:
    if value in LIST_RSVPS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_414_TYPE_VALUES!r}"
    )
