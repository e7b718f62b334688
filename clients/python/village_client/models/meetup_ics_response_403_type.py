from typing import Literal

MeetupIcsResponse403Type = Literal["/problems/insufficient-scope"]

MEETUP_ICS_RESPONSE_403_TYPE_VALUES: set[MeetupIcsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_meetup_ics_response_403_type(value: str) -> MeetupIcsResponse403Type:
    if value in MEETUP_ICS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_403_TYPE_VALUES!r}"
    )
