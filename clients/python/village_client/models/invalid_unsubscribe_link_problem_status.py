from typing import Literal

InvalidUnsubscribeLinkProblemStatus = Literal[400]

INVALID_UNSUBSCRIBE_LINK_PROBLEM_STATUS_VALUES: set[InvalidUnsubscribeLinkProblemStatus] = {
    400,
}


def check_invalid_unsubscribe_link_problem_status(
    value: int,
) -> InvalidUnsubscribeLinkProblemStatus:
    if value in INVALID_UNSUBSCRIBE_LINK_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_UNSUBSCRIBE_LINK_PROBLEM_STATUS_VALUES!r}"
    )
