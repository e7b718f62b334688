from typing import Literal

MeetupIcsResponse429Type = Literal["/problems/rate-limited"]

MEETUP_ICS_RESPONSE_429_TYPE_VALUES: set[MeetupIcsResponse429Type] = {
    "/problems/rate-limited",
}


def check_meetup_ics_response_429_type(value: str) -> MeetupIcsResponse429Type:
    if value in MEETUP_ICS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_429_TYPE_VALUES!r}"
    )
