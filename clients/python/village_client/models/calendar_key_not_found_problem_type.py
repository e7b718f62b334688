from typing import Literal

CalendarKeyNotFoundProblemType = Literal["/problems/calendar-key-not-found"]

CALENDAR_KEY_NOT_FOUND_PROBLEM_TYPE_VALUES: set[CalendarKeyNotFoundProblemType] = {
    "/problems/calendar-key-not-found",
}


def check_calendar_key_not_found_problem_type(value: str) -> CalendarKeyNotFoundProblemType:
    if value in CALENDAR_KEY_NOT_FOUND_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_KEY_NOT_FOUND_PROBLEM_TYPE_VALUES!r}"
    )
