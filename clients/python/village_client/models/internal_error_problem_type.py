from typing import Literal

InternalErrorProblemType = Literal["/problems/internal-error"]

INTERNAL_ERROR_PROBLEM_TYPE_VALUES: set[InternalErrorProblemType] = {
    "/problems/internal-error",
}


def check_internal_error_problem_type(value: str) -> InternalErrorProblemType:
    if value in INTERNAL_ERROR_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTERNAL_ERROR_PROBLEM_TYPE_VALUES!r}"
    )
