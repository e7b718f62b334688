from typing import Literal

CancelMeetupResponse400Type = Literal["/problems/malformed-json"]

CANCEL_MEETUP_RESPONSE_400_TYPE_VALUES: set[CancelMeetupResponse400Type] = {
    "/problems/malformed-json",
}


def check_cancel_meetup_response_400_type(value: str) -> CancelMeetupResponse400Type:
    if value in CANCEL_MEETUP_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_400_TYPE_VALUES!r}"
    )
