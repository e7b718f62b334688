from typing import Literal

MeetupCancelledProblemType = Literal["/problems/meetup-cancelled"]

MEETUP_CANCELLED_PROBLEM_TYPE_VALUES: set[MeetupCancelledProblemType] = {
    "/problems/meetup-cancelled",
}


def check_meetup_cancelled_problem_type(value: str) -> MeetupCancelledProblemType:
    if value in MEETUP_CANCELLED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_CANCELLED_PROBLEM_TYPE_VALUES!r}"
    )
