from typing import Literal

RsvpNotPendingProblemStatus = Literal[409]

RSVP_NOT_PENDING_PROBLEM_STATUS_VALUES: set[RsvpNotPendingProblemStatus] = {
    409,
}


def check_rsvp_not_pending_problem_status(value: int) -> RsvpNotPendingProblemStatus:
    if value in RSVP_NOT_PENDING_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RSVP_NOT_PENDING_PROBLEM_STATUS_VALUES!r}"
    )
