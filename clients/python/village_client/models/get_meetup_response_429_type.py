from typing import Literal

GetMeetupResponse429Type = Literal["/problems/rate-limited"]

GET_MEETUP_RESPONSE_429_TYPE_VALUES: set[GetMeetupResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_meetup_response_429_type(value: str) -> GetMeetupResponse429Type:
    if value in GET_MEETUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_429_TYPE_VALUES!r}"
    )
