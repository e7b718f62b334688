from typing import Literal

ThreadNotMovableProblemType = Literal["/problems/thread-not-movable"]

THREAD_NOT_MOVABLE_PROBLEM_TYPE_VALUES: set[ThreadNotMovableProblemType] = {
    "/problems/thread-not-movable",
}


def check_thread_not_movable_problem_type(value: str) -> ThreadNotMovableProblemType:
    if value in THREAD_NOT_MOVABLE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_NOT_MOVABLE_PROBLEM_TYPE_VALUES!r}"
    )
