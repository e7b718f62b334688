from typing import Literal

InvalidRefreshTokenProblemType = Literal["/problems/invalid-refresh-token"]

INVALID_REFRESH_TOKEN_PROBLEM_TYPE_VALUES: set[InvalidRefreshTokenProblemType] = {
    "/problems/invalid-refresh-token",
}


def check_invalid_refresh_token_problem_type(value: str) -> InvalidRefreshTokenProblemType:
    if value in INVALID_REFRESH_TOKEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_REFRESH_TOKEN_PROBLEM_TYPE_VALUES!r}"
    )
