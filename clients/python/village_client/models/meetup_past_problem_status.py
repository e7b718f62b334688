from typing import Literal

MeetupPastProblemStatus = Literal[409]

MEETUP_PAST_PROBLEM_STATUS_VALUES: set[MeetupPastProblemStatus] = {
    409,
}


def check_meetup_past_problem_status(value: int) -> MeetupPastProblemStatus:
    if value in MEETUP_PAST_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_PAST_PROBLEM_STATUS_VALUES!r}"
    )
