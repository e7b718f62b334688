from typing import Literal

CancelMeetupResponse431Type = Literal["/problems/request-header-fields-too-large"]

CANCEL_MEETUP_RESPONSE_431_TYPE_VALUES: set[CancelMeetupResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_cancel_meetup_response_431_type(value: str) -> CancelMeetupResponse431Type:
    if value in CANCEL_MEETUP_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_431_TYPE_VALUES!r}"
    )
