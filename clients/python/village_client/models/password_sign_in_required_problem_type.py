from typing import Literal

PasswordSignInRequiredProblemType = Literal["/problems/password-sign-in-required"]

PASSWORD_SIGN_IN_REQUIRED_PROBLEM_TYPE_VALUES: set[PasswordSignInRequiredProblemType] = {
    "/problems/password-sign-in-required",
}


def check_password_sign_in_required_problem_type(value: str) -> PasswordSignInRequiredProblemType:
    if value in PASSWORD_SIGN_IN_REQUIRED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_SIGN_IN_REQUIRED_PROBLEM_TYPE_VALUES!r}"
    )
