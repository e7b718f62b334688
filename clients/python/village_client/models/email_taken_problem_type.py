from typing import Literal

EmailTakenProblemType = Literal["/problems/email-taken"]

EMAIL_TAKEN_PROBLEM_TYPE_VALUES: set[EmailTakenProblemType] = {
    "/problems/email-taken",
}


def check_email_taken_problem_type(value: str) -> EmailTakenProblemType:
    if value in EMAIL_TAKEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_TAKEN_PROBLEM_TYPE_VALUES!r}"
    )
