from typing import Literal

CancelMeetupResponse503Type = Literal["/problems/service-unavailable"]

CANCEL_MEETUP_RESPONSE_503_TYPE_VALUES: set[CancelMeetupResponse503Type] = {
    "/problems/service-unavailable",
}


def check_cancel_meetup_response_503_type(value: str) -> CancelMeetupResponse503Type:
    if value in CANCEL_MEETUP_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_503_TYPE_VALUES!r}"
    )
