from typing import Literal

InsufficientScopeProblemStatus = Literal[403]

INSUFFICIENT_SCOPE_PROBLEM_STATUS_VALUES: set[InsufficientScopeProblemStatus] = {
    403,
}


def check_insufficient_scope_problem_status(value: int) -> InsufficientScopeProblemStatus:
    if value in INSUFFICIENT_SCOPE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSUFFICIENT_SCOPE_PROBLEM_STATUS_VALUES!r}"
    )
