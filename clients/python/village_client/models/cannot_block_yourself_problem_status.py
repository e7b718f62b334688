from typing import Literal

CannotBlockYourselfProblemStatus = Literal[422]

CANNOT_BLOCK_YOURSELF_PROBLEM_STATUS_VALUES: set[CannotBlockYourselfProblemStatus] = {
    422,
}


def check_cannot_block_yourself_problem_status(value: int) -> CannotBlockYourselfProblemStatus:
    if value in CANNOT_BLOCK_YOURSELF_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANNOT_BLOCK_YOURSELF_PROBLEM_STATUS_VALUES!r}"
    )
