from typing import Literal

AlreadyFlaggedProblemType = Literal["/problems/already-flagged"]

ALREADY_FLAGGED_PROBLEM_TYPE_VALUES: set[AlreadyFlaggedProblemType] = {
    "/problems/already-flagged",
}


def check_already_flagged_problem_type(value: str) -> AlreadyFlaggedProblemType:
    if value in ALREADY_FLAGGED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALREADY_FLAGGED_PROBLEM_TYPE_VALUES!r}"
    )
