from typing import Literal

RsvpReadStatus = Literal["going", "maybe", "not_going", "pending"]

RSVP_READ_STATUS_VALUES: set[RsvpReadStatus] = {
    "going",
    "maybe",
    "not_going",
    "pending",
}


def check_rsvp_read_status(value: str) -> RsvpReadStatus:
    if value in RSVP_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RSVP_READ_STATUS_VALUES!r}")
