from typing import Literal

RateLimitedProblemType = Literal["/problems/rate-limited"]

RATE_LIMITED_PROBLEM_TYPE_VALUES: set[RateLimitedProblemType] = {
    "/problems/rate-limited",
}


def check_rate_limited_problem_type(value: str) -> RateLimitedProblemType:
    if value in RATE_LIMITED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RATE_LIMITED_PROBLEM_TYPE_VALUES!r}"
    )
