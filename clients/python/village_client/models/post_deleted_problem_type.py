from typing import Literal

PostDeletedProblemType = Literal["/problems/post-deleted"]

POST_DELETED_PROBLEM_TYPE_VALUES: set[PostDeletedProblemType] = {
    "/problems/post-deleted",
}


def check_post_deleted_problem_type(value: str) -> PostDeletedProblemType:
    if value in POST_DELETED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_DELETED_PROBLEM_TYPE_VALUES!r}"
    )
