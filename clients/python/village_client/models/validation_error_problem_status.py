from typing import Literal

ValidationErrorProblemStatus = Literal[422]

VALIDATION_ERROR_PROBLEM_STATUS_VALUES: set[ValidationErrorProblemStatus] = {
    422,
}


def check_validation_error_problem_status(value: int) -> ValidationErrorProblemStatus:
    if value in VALIDATION_ERROR_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VALIDATION_ERROR_PROBLEM_STATUS_VALUES!r}"
    )
