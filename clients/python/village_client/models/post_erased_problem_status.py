from typing import Literal

PostErasedProblemStatus = Literal[409]

POST_ERASED_PROBLEM_STATUS_VALUES: set[PostErasedProblemStatus] = {
    409,
}


def check_post_erased_problem_status(value: int) -> PostErasedProblemStatus:
    if value in POST_ERASED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_ERASED_PROBLEM_STATUS_VALUES!r}"
    )
