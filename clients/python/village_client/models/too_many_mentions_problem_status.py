from typing import Literal

TooManyMentionsProblemStatus = Literal[422]

TOO_MANY_MENTIONS_PROBLEM_STATUS_VALUES: set[TooManyMentionsProblemStatus] = {
    422,
}


def check_too_many_mentions_problem_status(value: int) -> TooManyMentionsProblemStatus:
    if value in TOO_MANY_MENTIONS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_MENTIONS_PROBLEM_STATUS_VALUES!r}"
    )
