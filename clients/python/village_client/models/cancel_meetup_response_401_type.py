from typing import Literal

CancelMeetupResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CANCEL_MEETUP_RESPONSE_401_TYPE_VALUES: set[CancelMeetupResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_cancel_meetup_response_401_type(value: str) -> CancelMeetupResponse401Type:
    if value in CANCEL_MEETUP_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_401_TYPE_VALUES!r}"
    )
