from typing import Literal

InvalidUnsubscribeLinkProblemType = Literal["/problems/invalid-unsubscribe-link"]

INVALID_UNSUBSCRIBE_LINK_PROBLEM_TYPE_VALUES: set[InvalidUnsubscribeLinkProblemType] = {
    "/problems/invalid-unsubscribe-link",
}


def check_invalid_unsubscribe_link_problem_type(value: str) -> InvalidUnsubscribeLinkProblemType:
    if value in INVALID_UNSUBSCRIBE_LINK_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_UNSUBSCRIBE_LINK_PROBLEM_TYPE_VALUES!r}"
    )
