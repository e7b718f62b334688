from typing import Literal

TooManyGroupsProblemStatus = Literal[429]

TOO_MANY_GROUPS_PROBLEM_STATUS_VALUES: set[TooManyGroupsProblemStatus] = {
    429,
}


def check_too_many_groups_problem_status(value: int) -> TooManyGroupsProblemStatus:
    if value in TOO_MANY_GROUPS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_GROUPS_PROBLEM_STATUS_VALUES!r}"
    )
