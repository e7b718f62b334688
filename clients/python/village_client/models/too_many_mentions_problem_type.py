from typing import Literal

TooManyMentionsProblemType = Literal["/problems/too-many-mentions"]

TOO_MANY_MENTIONS_PROBLEM_TYPE_VALUES: set[TooManyMentionsProblemType] = {
    "/problems/too-many-mentions",
}


def check_too_many_mentions_problem_type(value: str) -> TooManyMentionsProblemType:
    if value in TOO_MANY_MENTIONS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_MENTIONS_PROBLEM_TYPE_VALUES!r}"
    )
