from typing import Literal

ListRsvpsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_RSVPS_RESPONSE_403_TYPE_VALUES: set[ListRsvpsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_rsvps_response_403_type(value: str) -> ListRsvpsResponse403Type:
    if value in LIST_RSVPS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_RESPONSE_403_TYPE_VALUES!r}"
    )
