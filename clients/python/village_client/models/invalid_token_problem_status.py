from typing import Literal

InvalidTokenProblemStatus = Literal[401]

INVALID_TOKEN_PROBLEM_STATUS_VALUES: set[InvalidTokenProblemStatus] = {
    401,
}


def check_invalid_token_problem_status(value: int) -> InvalidTokenProblemStatus:
    if value in INVALID_TOKEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_TOKEN_PROBLEM_STATUS_VALUES!r}"
    )
