from typing import Literal

NothingToResolveProblemStatus = Literal[409]

NOTHING_TO_RESOLVE_PROBLEM_STATUS_VALUES: set[NothingToResolveProblemStatus] = {
    409,
}


def check_nothing_to_resolve_problem_status(value: int) -> NothingToResolveProblemStatus:
    if value in NOTHING_TO_RESOLVE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTHING_TO_RESOLVE_PROBLEM_STATUS_VALUES!r}"
    )
