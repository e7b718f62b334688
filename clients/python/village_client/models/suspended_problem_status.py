from typing import Literal

SuspendedProblemStatus = Literal[403]

SUSPENDED_PROBLEM_STATUS_VALUES: set[SuspendedProblemStatus] = {
    403,
}


def check_suspended_problem_status(value: int) -> SuspendedProblemStatus:
    if value in SUSPENDED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUSPENDED_PROBLEM_STATUS_VALUES!r}"
    )
