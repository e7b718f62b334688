from typing import Literal

EmailUnverifiedProblemStatus = Literal[403]

EMAIL_UNVERIFIED_PROBLEM_STATUS_VALUES: set[EmailUnverifiedProblemStatus] = {
    403,
}


def check_email_unverified_problem_status(value: int) -> EmailUnverifiedProblemStatus:
    if value in EMAIL_UNVERIFIED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_UNVERIFIED_PROBLEM_STATUS_VALUES!r}"
    )
