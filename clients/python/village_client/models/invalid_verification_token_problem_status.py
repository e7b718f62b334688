from typing import Literal

InvalidVerificationTokenProblemStatus = Literal[400]

INVALID_VERIFICATION_TOKEN_PROBLEM_STATUS_VALUES: set[InvalidVerificationTokenProblemStatus] = {
    400,
}


def check_invalid_verification_token_problem_status(
    value: int,
) -> InvalidVerificationTokenProblemStatus:
    if value in INVALID_VERIFICATION_TOKEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_VERIFICATION_TOKEN_PROBLEM_STATUS_VALUES!r}"
    )
