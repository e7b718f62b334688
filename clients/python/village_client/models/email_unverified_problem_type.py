from typing import Literal

EmailUnverifiedProblemType = Literal["/problems/email-unverified"]

EMAIL_UNVERIFIED_PROBLEM_TYPE_VALUES: set[EmailUnverifiedProblemType] = {
    "/problems/email-unverified",
}


def check_email_unverified_problem_type(value: str) -> EmailUnverifiedProblemType:
    if value in EMAIL_UNVERIFIED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_UNVERIFIED_PROBLEM_TYPE_VALUES!r}"
    )
