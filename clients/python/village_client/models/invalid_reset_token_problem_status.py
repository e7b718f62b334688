from typing import Literal

InvalidResetTokenProblemStatus = Literal[400]

INVALID_RESET_TOKEN_PROBLEM_STATUS_VALUES: set[InvalidResetTokenProblemStatus] = {
    400,
}


def check_invalid_reset_token_problem_status(value: int) -> InvalidResetTokenProblemStatus:
    if value in INVALID_RESET_TOKEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_RESET_TOKEN_PROBLEM_STATUS_VALUES!r}"
    )
