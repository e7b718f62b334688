from typing import Literal

DemoteFirstProblemStatus = Literal[409]

DEMOTE_FIRST_PROBLEM_STATUS_VALUES: set[DemoteFirstProblemStatus] = {
    409,
}


def check_demote_first_problem_status(value: int) -> DemoteFirstProblemStatus:
    if value in DEMOTE_FIRST_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEMOTE_FIRST_PROBLEM_STATUS_VALUES!r}"
    )
