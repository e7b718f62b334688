from typing import Literal

TooManyStreamsProblemType = Literal["/problems/too-many-streams"]

TOO_MANY_STREAMS_PROBLEM_TYPE_VALUES: set[TooManyStreamsProblemType] = {
    "/problems/too-many-streams",
}


def check_too_many_streams_problem_type(value: str) -> TooManyStreamsProblemType:
    if value in TOO_MANY_STREAMS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_STREAMS_PROBLEM_TYPE_VALUES!r}"
    )
