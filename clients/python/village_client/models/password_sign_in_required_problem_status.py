from typing import Literal

PasswordSignInRequiredProblemStatus = Literal[403]

PASSWORD_SIGN_IN_REQUIRED_PROBLEM_STATUS_VALUES: set[PasswordSignInRequiredProblemStatus] = {
    403,
}


def check_password_sign_in_required_problem_status(
    value: int,
) -> PasswordSignInRequiredProblemStatus:
    if value in PASSWORD_SIGN_IN_REQUIRED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSWORD_SIGN_IN_REQUIRED_PROBLEM_STATUS_VALUES!r}"
    )
