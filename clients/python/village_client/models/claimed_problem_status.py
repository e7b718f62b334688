from typing import Literal

ClaimedProblemStatus = Literal[409]

CLAIMED_PROBLEM_STATUS_VALUES: set[ClaimedProblemStatus] = {
    409,
}


def check_claimed_problem_status(value: int) -> ClaimedProblemStatus:
    if value in CLAIMED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLAIMED_PROBLEM_STATUS_VALUES!r}"
    )
