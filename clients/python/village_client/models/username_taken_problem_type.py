from typing import Literal

UsernameTakenProblemType = Literal["/problems/username-taken"]

USERNAME_TAKEN_PROBLEM_TYPE_VALUES: set[UsernameTakenProblemType] = {
    "/problems/username-taken",
}


def check_username_taken_problem_type(value: str) -> UsernameTakenProblemType:
    if value in USERNAME_TAKEN_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERNAME_TAKEN_PROBLEM_TYPE_VALUES!r}"
    )
