from typing import Literal

EmailAlreadyVerifiedProblemStatus = Literal[409]

EMAIL_ALREADY_VERIFIED_PROBLEM_STATUS_VALUES: set[EmailAlreadyVerifiedProblemStatus] = {
    409,
}


def check_email_already_verified_problem_status(value: int) -> EmailAlreadyVerifiedProblemStatus:
    if value in EMAIL_ALREADY_VERIFIED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_ALREADY_VERIFIED_PROBLEM_STATUS_VALUES!r}"
    )
