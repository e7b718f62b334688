from typing import Literal

InvalidCursorProblemType = Literal["/problems/invalid-cursor"]

INVALID_CURSOR_PROBLEM_TYPE_VALUES: set[InvalidCursorProblemType] = {
    "/problems/invalid-cursor",
}


def check_invalid_cursor_problem_type(value: str) -> InvalidCursorProblemType:
    if value in INVALID_CURSOR_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_CURSOR_PROBLEM_TYPE_VALUES!r}"
    )
