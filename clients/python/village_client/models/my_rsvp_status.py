from typing import Literal

MyRsvpStatus = Literal["going", "maybe", "not_going", "pending"]

MY_RSVP_STATUS_VALUES: set[MyRsvpStatus] = {
    "going",
    "maybe",
    "not_going",
    "pending",
}


def check_my_rsvp_status(value: str) -> MyRsvpStatus:
    if value in MY_RSVP_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MY_RSVP_STATUS_VALUES!r}")
