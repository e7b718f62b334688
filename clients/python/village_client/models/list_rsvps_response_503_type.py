from typing import Literal

ListRsvpsResponse503Type = Literal["/problems/service-unavailable"]

LIST_RSVPS_RESPONSE_503_TYPE_VALUES: set[ListRsvpsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_rsvps_response_503_type(value: str) -> ListRsvpsResponse503Type:
    if value in LIST_RSVPS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_503_TYPE_VALUES!r}"
    )
