from typing import Literal

MeetupIcsResponse500Type = Literal["/problems/internal-error"]

MEETUP_ICS_RESPONSE_500_TYPE_VALUES: set[MeetupIcsResponse500Type] = {
    "/problems/internal-error",
}


def check_meetup_ics_response_500_type(value: str) -> MeetupIcsResponse500Type:
    if value in MEETUP_ICS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_500_TYPE_VALUES!r}"
    )
