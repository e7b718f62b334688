from typing import Literal

NotAuthenticatedProblemType = Literal["/problems/not-authenticated"]

NOT_AUTHENTICATED_PROBLEM_TYPE_VALUES: set[NotAuthenticatedProblemType] = {
    "/problems/not-authenticated",
}


def check_not_authenticated_problem_type(value: str) -> NotAuthenticatedProblemType:
    if value in NOT_AUTHENTICATED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOT_AUTHENTICATED_PROBLEM_TYPE_VALUES!r}"
    )
