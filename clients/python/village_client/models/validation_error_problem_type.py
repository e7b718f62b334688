from typing import Literal

ValidationErrorProblemType = Literal["/problems/validation-error"]

VALIDATION_ERROR_PROBLEM_TYPE_VALUES: set[ValidationErrorProblemType] = {
    "/problems/validation-error",
}


def check_validation_error_problem_type(value: str) -> ValidationErrorProblemType:
    if value in VALIDATION_ERROR_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VALIDATION_ERROR_PROBLEM_TYPE_VALUES!r}"
    )
