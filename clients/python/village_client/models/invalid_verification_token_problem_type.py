from typing import Literal

InvalidVerificationTokenProblemType = Literal["/problems/invalid-verification-token"]

INVALID_VERIFICATION_TOKEN_PROBLEM_TYPE_VALUES: set[InvalidVerificationTokenProblemType] = {
    "/problems/invalid-verification-token",
}


def check_invalid_verification_token_problem_type(
    value: str,
) -> InvalidVerificationTokenProblemType:
    if value in INVALID_VERIFICATION_TOKEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_VERIFICATION_TOKEN_PROBLEM_TYPE_VALUES!r}"
    )
