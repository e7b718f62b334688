from typing import Literal

NothingToResolveProblemType = Literal["/problems/nothing-to-resolve"]

NOTHING_TO_RESOLVE_PROBLEM_TYPE_VALUES: set[NothingToResolveProblemType] = {
    "/problems/nothing-to-resolve",
}


def check_nothing_to_resolve_problem_type(value: str) -> NothingToResolveProblemType:
    if value in NOTHING_TO_RESOLVE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTHING_TO_RESOLVE_PROBLEM_TYPE_VALUES!r}"
    )
