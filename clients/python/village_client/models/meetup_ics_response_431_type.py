from typing import Literal

MeetupIcsResponse431Type = Literal["/problems/request-header-fields-too-large"]

MEETUP_ICS_RESPONSE_431_TYPE_VALUES: set[MeetupIcsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_meetup_ics_response_431_type(value: str) -> MeetupIcsResponse431Type:
    if value in MEETUP_ICS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_431_TYPE_VALUES!r}"
    )
