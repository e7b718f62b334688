from typing import Literal

InvalidCursorProblemStatus = Literal[400]

INVALID_CURSOR_PROBLEM_STATUS_VALUES: set[InvalidCursorProblemStatus] = {
    400,
}


def check_invalid_cursor_problem_status(value: int) -> InvalidCursorProblemStatus:
    if value in INVALID_CURSOR_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_CURSOR_PROBLEM_STATUS_VALUES!r}"
    )
