from typing import Literal

CapacityBelowGoingProblemStatus = Literal[409]

CAPACITY_BELOW_GOING_PROBLEM_STATUS_VALUES: set[CapacityBelowGoingProblemStatus] = {
    409,
}


def check_capacity_below_going_problem_status(value: int) -> CapacityBelowGoingProblemStatus:
    if value in CAPACITY_BELOW_GOING_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPACITY_BELOW_GOING_PROBLEM_STATUS_VALUES!r}"
    )
