from typing import Literal

InvalidResetTokenProblemType = Literal["/problems/invalid-reset-token"]

INVALID_RESET_TOKEN_PROBLEM_TYPE_VALUES: set[InvalidResetTokenProblemType] = {
    "/problems/invalid-reset-token",
}


def check_invalid_reset_token_problem_type(value: str) -> InvalidResetTokenProblemType:
    if value in INVALID_RESET_TOKEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_RESET_TOKEN_PROBLEM_TYPE_VALUES!r}"
    )
