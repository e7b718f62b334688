from typing import Literal

CancelMeetupResponse414Type = Literal["/problems/uri-too-long"]

CANCEL_MEETUP_RESPONSE_414_TYPE_VALUES: set[CancelMeetupResponse414Type] = {
    "/problems/uri-too-long",
}


def check_cancel_meetup_response_414_type(value: str) -> CancelMeetupResponse414Type:
    if value in CANCEL_MEETUP_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_414_TYPE_VALUES!r}"
    )
