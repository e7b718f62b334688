from typing import Literal

GetMeetupResponse401Type = Literal["/problems/invalid-token"]

GET_MEETUP_RESPONSE_401_TYPE_VALUES: set[GetMeetupResponse401Type] = {
    "/problems/invalid-token",
}


def check_get_meetup_response_401_type(value: str) -> GetMeetupResponse401Type:
    if value in GET_MEETUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEETUP_RESPONSE_401_TYPE_VALUES!r}"
    )
