from typing import Literal

CannotBlockStaffProblemStatus = Literal[422]

CANNOT_BLOCK_STAFF_PROBLEM_STATUS_VALUES: set[CannotBlockStaffProblemStatus] = {
    422,
}


def check_cannot_block_staff_problem_status(value: int) -> CannotBlockStaffProblemStatus:
    if value in CANNOT_BLOCK_STAFF_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANNOT_BLOCK_STAFF_PROBLEM_STATUS_VALUES!r}"
    )
