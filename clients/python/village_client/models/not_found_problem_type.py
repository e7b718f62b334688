from typing import Literal

NotFoundProblemType = Literal["/problems/not-found"]

NOT_FOUND_PROBLEM_TYPE_VALUES: set[NotFoundProblemType] = {
    "/problems/not-found",
}


def check_not_found_problem_type(value: str) -> NotFoundProblemType:
    if value in NOT_FOUND_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOT_FOUND_PROBLEM_TYPE_VALUES!r}"
    )
