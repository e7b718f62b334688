from typing import Literal

CalendarKeyNotFoundProblemStatus = Literal[404]

CALENDAR_KEY_NOT_FOUND_PROBLEM_STATUS_VALUES: set[CalendarKeyNotFoundProblemStatus] = {
    404,
}


def check_calendar_key_not_found_problem_status(value: int) -> CalendarKeyNotFoundProblemStatus:
    if value in CALENDAR_KEY_NOT_FOUND_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_KEY_NOT_FOUND_PROBLEM_STATUS_VALUES!r}"
    )
