from typing import Literal

UsernameTakenProblemStatus = Literal[409]

USERNAME_TAKEN_PROBLEM_STATUS_VALUES: set[UsernameTakenProblemStatus] = {
    409,
}


def check_username_taken_problem_status(value: int) -> UsernameTakenProblemStatus:
    if value in USERNAME_TAKEN_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERNAME_TAKEN_PROBLEM_STATUS_VALUES!r}"
    )
