from typing import Literal

ThreadLockedProblemStatus = Literal[403]

THREAD_LOCKED_PROBLEM_STATUS_VALUES: set[ThreadLockedProblemStatus] = {
    403,
}


def check_thread_locked_problem_status(value: int) -> ThreadLockedProblemStatus:
    if value in THREAD_LOCKED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_LOCKED_PROBLEM_STATUS_VALUES!r}"
    )
