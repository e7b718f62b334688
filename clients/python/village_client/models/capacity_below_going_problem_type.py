from typing import Literal

CapacityBelowGoingProblemType = Literal["/problems/capacity-below-going"]

CAPACITY_BELOW_GOING_PROBLEM_TYPE_VALUES: set[CapacityBelowGoingProblemType] = {
    "/problems/capacity-below-going",
}


def check_capacity_below_going_problem_type(value: str) -> CapacityBelowGoingProblemType:
    if value in CAPACITY_BELOW_GOING_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPACITY_BELOW_GOING_PROBLEM_TYPE_VALUES!r}"
    )
