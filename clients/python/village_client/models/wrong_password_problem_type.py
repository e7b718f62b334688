from typing import Literal

WrongPasswordProblemType = Literal["/problems/wrong-password"]

WRONG_PASSWORD_PROBLEM_TYPE_VALUES: set[WrongPasswordProblemType] = {
    "/problems/wrong-password",
}


def check_wrong_password_problem_type(value: str) -> WrongPasswordProblemType:
    if value in WRONG_PASSWORD_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WRONG_PASSWORD_PROBLEM_TYPE_VALUES!r}"
    )
