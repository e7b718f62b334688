from typing import Literal

ThreadNotMovableProblemStatus = Literal[409]

THREAD_NOT_MOVABLE_PROBLEM_STATUS_VALUES: set[ThreadNotMovableProblemStatus] = {
    409,
}


def check_thread_not_movable_problem_status(value: int) -> ThreadNotMovableProblemStatus:
    if value in THREAD_NOT_MOVABLE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_NOT_MOVABLE_PROBLEM_STATUS_VALUES!r}"
    )
