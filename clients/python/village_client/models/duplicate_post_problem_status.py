from typing import Literal

DuplicatePostProblemStatus = Literal[409]

DUPLICATE_POST_PROBLEM_STATUS_VALUES: set[DuplicatePostProblemStatus] = {
    409,
}


def check_duplicate_post_problem_status(value: int) -> DuplicatePostProblemStatus:
    if value in DUPLICATE_POST_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUPLICATE_POST_PROBLEM_STATUS_VALUES!r}"
    )
