from typing import Literal

ForbiddenProblemStatus = Literal[403]

FORBIDDEN_PROBLEM_STATUS_VALUES: set[ForbiddenProblemStatus] = {
    403,
}


def check_forbidden_problem_status(value: int) -> ForbiddenProblemStatus:
    if value in FORBIDDEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORBIDDEN_PROBLEM_STATUS_VALUES!r}"
    )
