from typing import Literal

RsvpUpdateStatus = Literal["going", "maybe", "not_going"]

RSVP_UPDATE_STATUS_VALUES: set[RsvpUpdateStatus] = {
    "going",
    "maybe",
    "not_going",
}


def check_rsvp_update_status(value: str) -> RsvpUpdateStatus:
    if value in RSVP_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RSVP_UPDATE_STATUS_VALUES!r}")
