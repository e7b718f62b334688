from typing import Literal

MeetupIcsResponse401Type = Literal["/problems/invalid-token"]

MEETUP_ICS_RESPONSE_401_TYPE_VALUES: set[MeetupIcsResponse401Type] = {
    "/problems/invalid-token",
}


def check_meetup_ics_response_401_type(value: str) -> MeetupIcsResponse401Type:
    if value in MEETUP_ICS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_401_TYPE_VALUES!r}"
    )
