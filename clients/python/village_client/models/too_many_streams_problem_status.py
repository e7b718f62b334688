from typing import Literal

TooManyStreamsProblemStatus = Literal[429]

TOO_MANY_STREAMS_PROBLEM_STATUS_VALUES: set[TooManyStreamsProblemStatus] = {
    429,
}


def check_too_many_streams_problem_status(value: int) -> TooManyStreamsProblemStatus:
    if value in TOO_MANY_STREAMS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_STREAMS_PROBLEM_STATUS_VALUES!r}"
    )
