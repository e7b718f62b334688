from typing import Literal

InvalidRefreshTokenProblemStatus = Literal[401]

INVALID_REFRESH_TOKEN_PROBLEM_STATUS_VALUES: set[InvalidRefreshTokenProblemStatus] = {
    401,
}


def check_invalid_refresh_token_problem_status(value: int) -> InvalidRefreshTokenProblemStatus:
    if value in INVALID_REFRESH_TOKEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_REFRESH_TOKEN_PROBLEM_STATUS_VALUES!r}"
    )
