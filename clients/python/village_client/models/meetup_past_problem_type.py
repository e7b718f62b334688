from typing import Literal

MeetupPastProblemType = Literal["/problems/meetup-past"]

MEETUP_PAST_PROBLEM_TYPE_VALUES: set[MeetupPastProblemType] = {
    "/problems/meetup-past",
}


def check_meetup_past_problem_type(value: str) -> MeetupPastProblemType:
    if value in MEETUP_PAST_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETUP_PAST_PROBLEM_TYPE_VALUES!r}"
    )
