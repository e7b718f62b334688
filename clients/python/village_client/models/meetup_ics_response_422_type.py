from typing import Literal

MeetupIcsResponse422Type = Literal["/problems/validation-error"]

MEETUP_ICS_RESPONSE_422_TYPE_VALUES: set[MeetupIcsResponse422Type] = {
    "/problems/validation-error",
}


def check_meetup_ics_response_422_type(value: str) -> MeetupIcsResponse422Type:
    if value in MEETUP_ICS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_ICS_RESPONSE_422_TYPE_VALUES!r}"
    )
