from typing import Literal

CancelMeetupResponse422Type = Literal["/problems/validation-error"]

CANCEL_MEETUP_RESPONSE_422_TYPE_VALUES: set[CancelMeetupResponse422Type] = {
    "/problems/validation-error",
}


def check_cancel_meetup_response_422_type(value: str) -> CancelMeetupResponse422Type:
    if value in CANCEL_MEETUP_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_422_TYPE_VALUES!r}"
    )
