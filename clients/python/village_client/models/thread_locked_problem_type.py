from typing import Literal

ThreadLockedProblemType = Literal["/problems/thread-locked"]

THREAD_LOCKED_PROBLEM_TYPE_VALUES: set[ThreadLockedProblemType] = {
    "/problems/thread-locked",
}


def check_thread_locked_problem_type(value: str) -> ThreadLockedProblemType:
    if value in THREAD_LOCKED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_LOCKED_PROBLEM_TYPE_VALUES!r}"
    )
