from typing import Literal

DuplicatePostProblemType = Literal["/problems/duplicate-post"]

DUPLICATE_POST_PROBLEM_TYPE_VALUES: set[DuplicatePostProblemType] = {
    "/problems/duplicate-post",
}


def check_duplicate_post_problem_type(value: str) -> DuplicatePostProblemType:
    if value in DUPLICATE_POST_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUPLICATE_POST_PROBLEM_TYPE_VALUES!r}"
    )
