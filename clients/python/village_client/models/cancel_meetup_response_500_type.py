from typing import Literal

CancelMeetupResponse500Type = Literal["/problems/internal-error"]

CANCEL_MEETUP_RESPONSE_500_TYPE_VALUES: set[CancelMeetupResponse500Type] = {
    "/problems/internal-error",
}


def check_cancel_meetup_response_500_type(value: str) -> CancelMeetupResponse500Type:
    if value in CANCEL_MEETUP_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_500_TYPE_VALUES!r}"
    )
