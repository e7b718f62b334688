from typing import Literal

InsufficientScopeProblemType = Literal["/problems/insufficient-scope"]

INSUFFICIENT_SCOPE_PROBLEM_TYPE_VALUES: set[InsufficientScopeProblemType] = {
    "/problems/insufficient-scope",
}


def check_insufficient_scope_problem_type(value: str) -> InsufficientScopeProblemType:
    if value in INSUFFICIENT_SCOPE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSUFFICIENT_SCOPE_PROBLEM_TYPE_VALUES!r}"
    )
