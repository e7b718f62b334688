from typing import Literal

AlreadyFlaggedProblemStatus = Literal[409]

ALREADY_FLAGGED_PROBLEM_STATUS_VALUES: set[AlreadyFlaggedProblemStatus] = {
    409,
}


def check_already_flagged_problem_status(value: int) -> AlreadyFlaggedProblemStatus:
    if value in ALREADY_FLAGGED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALREADY_FLAGGED_PROBLEM_STATUS_VALUES!r}"
    )
