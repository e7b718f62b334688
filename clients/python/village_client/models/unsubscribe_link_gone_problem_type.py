from typing import Literal

UnsubscribeLinkGoneProblemType = Literal["/problems/unsubscribe-link-gone"]

UNSUBSCRIBE_LINK_GONE_PROBLEM_TYPE_VALUES: set[UnsubscribeLinkGoneProblemType] = {
    "/problems/unsubscribe-link-gone",
}


def check_unsubscribe_link_gone_problem_type(value: str) -> UnsubscribeLinkGoneProblemType:
    if value in UNSUBSCRIBE_LINK_GONE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_LINK_GONE_PROBLEM_TYPE_VALUES!r}"
    )
