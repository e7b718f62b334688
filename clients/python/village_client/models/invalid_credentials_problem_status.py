from typing import Literal

InvalidCredentialsProblemStatus = Literal[401]

INVALID_CREDENTIALS_PROBLEM_STATUS_VALUES: set[InvalidCredentialsProblemStatus] = {
    401,
}


def check_invalid_credentials_problem_status(value: int) -> InvalidCredentialsProblemStatus:
    if value in INVALID_CREDENTIALS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_CREDENTIALS_PROBLEM_STATUS_VALUES!r}"
    )
