from typing import Literal

InvalidCredentialsProblemType = Literal["/problems/invalid-credentials"]

INVALID_CREDENTIALS_PROBLEM_TYPE_VALUES: set[InvalidCredentialsProblemType] = {
    "/problems/invalid-credentials",
}


def check_invalid_credentials_problem_type(value: str) -> InvalidCredentialsProblemType:
    if value in INVALID_CREDENTIALS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_CREDENTIALS_PROBLEM_TYPE_VALUES!r}"
    )
