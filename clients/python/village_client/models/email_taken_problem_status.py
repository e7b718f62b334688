from typing import Literal

EmailTakenProblemStatus = Literal[409]

EMAIL_TAKEN_PROBLEM_STATUS_VALUES: set[EmailTakenProblemStatus] = {
    409,
}


def check_email_taken_problem_status(value: int) -> EmailTakenProblemStatus:
    if value in EMAIL_TAKEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_TAKEN_PROBLEM_STATUS_VALUES!r}"
    )
