from typing import Literal

CancelMeetupResponse413Type = Literal["/problems/payload-too-large"]

CANCEL_MEETUP_RESPONSE_413_TYPE_VALUES: set[CancelMeetupResponse413Type] = {
    "/problems/payload-too-large",
}


def check_cancel_meetup_response_413_type(value: str) -> CancelMeetupResponse413Type:
    if value in CANCEL_MEETUP_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_413_TYPE_VALUES!r}"
    )
