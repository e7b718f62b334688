from typing import Literal

InvalidTokenProblemType = Literal["/problems/invalid-token"]

INVALID_TOKEN_PROBLEM_TYPE_VALUES: set[InvalidTokenProblemType] = {
    "/problems/invalid-token",
}


def check_invalid_token_problem_type(value: str) -> InvalidTokenProblemType:
    if value in INVALID_TOKEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_TOKEN_PROBLEM_TYPE_VALUES!r}"
    )
