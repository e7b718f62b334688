from typing import Literal

ListRsvpsResponse500Type = Literal["/problems/internal-error"]

LIST_RSVPS_RESPONSE_500_TYPE_VALUES: set[ListRsvpsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_rsvps_response_500_type(value: str) -> ListRsvpsResponse500Type:
    if value in LIST_RSVPS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_500_TYPE_VALUES!r}"
    )
