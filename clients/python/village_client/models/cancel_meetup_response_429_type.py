from typing import Literal

CancelMeetupResponse429Type = Literal["/problems/rate-limited"]

CANCEL_MEETUP_RESPONSE_429_TYPE_VALUES: set[CancelMeetupResponse429Type] = {
    "/problems/rate-limited",
}


def check_cancel_meetup_response_429_type(value: str) -> CancelMeetupResponse429Type:
    if value in CANCEL_MEETUP_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_429_TYPE_VALUES!r}"
    )
