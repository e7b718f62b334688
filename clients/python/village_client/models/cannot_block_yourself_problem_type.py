from typing import Literal

CannotBlockYourselfProblemType = Literal["/problems/cannot-block-yourself"]

CANNOT_BLOCK_YOURSELF_PROBLEM_TYPE_VALUES: set[CannotBlockYourselfProblemType] = {
    "/problems/cannot-block-yourself",
}


def check_cannot_block_yourself_problem_type(value: str) -> CannotBlockYourselfProblemType:
    if value in CANNOT_BLOCK_YOURSELF_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANNOT_BLOCK_YOURSELF_PROBLEM_TYPE_VALUES!r}"
    )
