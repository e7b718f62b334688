from typing import Literal

UnsubscribeLinkGoneProblemStatus = Literal[410]

UNSUBSCRIBE_LINK_GONE_PROBLEM_STATUS_VALUES: set[UnsubscribeLinkGoneProblemStatus] = {
    410,
}


def check_unsubscribe_link_gone_problem_status(value: int) -> UnsubscribeLinkGoneProblemStatus:
    if value in UNSUBSCRIBE_LINK_GONE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_LINK_GONE_PROBLEM_STATUS_VALUES!r}"
    )
