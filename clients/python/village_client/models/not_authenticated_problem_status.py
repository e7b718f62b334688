from typing import Literal

NotAuthenticatedProblemStatus = Literal[401]

NOT_AUTHENTICATED_PROBLEM_STATUS_VALUES: set[NotAuthenticatedProblemStatus] = {
    401,
}


def check_not_authenticated_problem_status(value: int) -> NotAuthenticatedProblemStatus:
    if value in NOT_AUTHENTICATED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOT_AUTHENTICATED_PROBLEM_STATUS_VALUES!r}"
    )
