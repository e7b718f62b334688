from typing import Literal

ForbiddenProblemType = Literal["/problems/forbidden"]

FORBIDDEN_PROBLEM_TYPE_VALUES: set[ForbiddenProblemType] = {
    "/problems/forbidden",
}


def check_forbidden_problem_type(value: str) -> ForbiddenProblemType:
    if value in FORBIDDEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORBIDDEN_PROBLEM_TYPE_VALUES!r}"
    )
