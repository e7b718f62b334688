from typing import Literal

PostDeletedProblemStatus = Literal[409]

POST_DELETED_PROBLEM_STATUS_VALUES: set[PostDeletedProblemStatus] = {
    409,
}


def check_post_deleted_problem_status(value: int) -> PostDeletedProblemStatus:
    if value in POST_DELETED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_DELETED_PROBLEM_STATUS_VALUES!r}"
    )
