from typing import Literal

MeetupIcsResponse414Type = Literal["/problems/uri-too-long"]

MEETUP_ICS_RESPONSE_414_TYPE_VALUES: set[MeetupIcsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_meetup_ics_response_414_type(value: str) -> MeetupIcsResponse414Type:
    if value in MEETUP_ICS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_414_TYPE_VALUES!r}"
    )
