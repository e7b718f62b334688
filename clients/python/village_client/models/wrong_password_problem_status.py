from typing import Literal

WrongPasswordProblemStatus = Literal[403]

WRONG_PASSWORD_PROBLEM_STATUS_VALUES: set[WrongPasswordProblemStatus] = {
    403,
}


def check_wrong_password_problem_status(value: int) -> WrongPasswordProblemStatus:
    if value in WRONG_PASSWORD_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WRONG_PASSWORD_PROBLEM_STATUS_VALUES!r}"
    )
