from typing import Literal

EmailAlreadyVerifiedProblemType = Literal["/problems/email-already-verified"]

EMAIL_ALREADY_VERIFIED_PROBLEM_TYPE_VALUES: set[EmailAlreadyVerifiedProblemType] = {
    "/problems/email-already-verified",
}


def check_email_already_verified_problem_type(value: str) -> EmailAlreadyVerifiedProblemType:
    if value in EMAIL_ALREADY_VERIFIED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_ALREADY_VERIFIED_PROBLEM_TYPE_VALUES!r}"
    )
