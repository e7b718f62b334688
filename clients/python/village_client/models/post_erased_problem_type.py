from typing import Literal

PostErasedProblemType = Literal["/problems/post-erased"]

POST_ERASED_PROBLEM_TYPE_VALUES: set[PostErasedProblemType] = {
    "/problems/post-erased",
}


def check_post_erased_problem_type(value: str) -> PostErasedProblemType:
    if value in POST_ERASED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_ERASED_PROBLEM_TYPE_VALUES!r}"
    )
