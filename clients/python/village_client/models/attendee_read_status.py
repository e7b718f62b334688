from typing import Literal

AttendeeReadStatus = Literal["going", "maybe", "not_going", "pending"]

ATTENDEE_READ_STATUS_VALUES: set[AttendeeReadStatus] = {
    "going",
    "maybe",
    "not_going",
    "pending",
}


def check_attendee_read_status(value: str) -> AttendeeReadStatus:
    if value in ATTENDEE_READ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTENDEE_READ_STATUS_VALUES!r}")
