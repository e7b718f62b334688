from typing import Literal

ListRsvpsResponse422Type = Literal["/problems/validation-error"]

LIST_RSVPS_RESPONSE_422_TYPE_VALUES: set[ListRsvpsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_rsvps_response_422_type(value: str) -> ListRsvpsResponse422Type:
    if value in LIST_RSVPS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_422_TYPE_VALUES!r}"
    )
