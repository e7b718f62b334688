from typing import Literal

RsvpNotPendingProblemType = Literal["/problems/rsvp-not-pending"]

RSVP_NOT_PENDING_PROBLEM_TYPE_VALUES: set[RsvpNotPendingProblemType] = {
    "/problems/rsvp-not-pending",
}


def check_rsvp_not_pending_problem_type(value: str) -> RsvpNotPendingProblemType:
    if value in RSVP_NOT_PENDING_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RSVP_NOT_PENDING_PROBLEM_TYPE_VALUES!r}"
    )
