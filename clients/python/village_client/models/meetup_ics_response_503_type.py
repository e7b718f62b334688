from typing import Literal

MeetupIcsResponse503Type = Literal["/problems/service-unavailable"]

MEETUP_ICS_RESPONSE_503_TYPE_VALUES: set[MeetupIcsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_meetup_ics_response_503_type(value: str) -> MeetupIcsResponse503Type:
    if value in MEETUP_ICS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_503_TYPE_VALUES!r}"
    )
