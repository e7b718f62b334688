from typing import Literal

CancelMeetupResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

CANCEL_MEETUP_RESPONSE_403_TYPE_VALUES: set[CancelMeetupResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_cancel_meetup_response_403_type(value: str) -> CancelMeetupResponse403Type:
    if value in CANCEL_MEETUP_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_MEETUP_RESPONSE_403_TYPE_VALUES!r}"
    )
