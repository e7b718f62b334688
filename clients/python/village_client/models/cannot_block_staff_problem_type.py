from typing import Literal

CannotBlockStaffProblemType = Literal["/problems/cannot-block-staff"]

CANNOT_BLOCK_STAFF_PROBLEM_TYPE_VALUES: set[CannotBlockStaffProblemType] = {
    "/problems/cannot-block-staff",
}


def check_cannot_block_staff_problem_type(value: str) -> CannotBlockStaffProblemType:
    if value in CANNOT_BLOCK_STAFF_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANNOT_BLOCK_STAFF_PROBLEM_TYPE_VALUES!r}"
    )
