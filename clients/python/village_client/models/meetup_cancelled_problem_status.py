from typing import Literal

MeetupCancelledProblemStatus = Literal[409]

MEETUP_CANCELLED_PROBLEM_STATUS_VALUES: set[MeetupCancelledProblemStatus] = {
    409,
}


def check_meetup_cancelled_problem_status(value: int) -> MeetupCancelledProblemStatus:
    if value in MEETUP_CANCELLED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_CANCELLED_PROBLEM_STATUS_VALUES!r}"
    )
