from typing import Literal

ClaimedProblemType = Literal["/problems/claimed"]

CLAIMED_PROBLEM_TYPE_VALUES: set[ClaimedProblemType] = {
    "/problems/claimed",
}


def check_claimed_problem_type(value: str) -> ClaimedProblemType:
    if value in CLAIMED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLAIMED_PROBLEM_TYPE_VALUES!r}")
