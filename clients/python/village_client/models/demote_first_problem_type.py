from typing import Literal

DemoteFirstProblemType = Literal["/problems/demote-first"]

DEMOTE_FIRST_PROBLEM_TYPE_VALUES: set[DemoteFirstProblemType] = {
    "/problems/demote-first",
}


def check_demote_first_problem_type(value: str) -> DemoteFirstProblemType:
    if value in DEMOTE_FIRST_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEMOTE_FIRST_PROBLEM_TYPE_VALUES!r}"
    )
