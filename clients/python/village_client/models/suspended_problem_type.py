from typing import Literal

SuspendedProblemType = Literal["/problems/suspended"]

SUSPENDED_PROBLEM_TYPE_VALUES: set[SuspendedProblemType] = {
    "/problems/suspended",
}


def check_suspended_problem_type(value: str) -> SuspendedProblemType:
    if value in SUSPENDED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPENDED_PROBLEM_TYPE_VALUES!r}"
    )
