from typing import Literal

RateLimitedProblemStatus = Literal[429]

RATE_LIMITED_PROBLEM_STATUS_VALUES: set[RateLimitedProblemStatus] = {
    429,
}


def check_rate_limited_problem_status(value: int) -> RateLimitedProblemStatus:
    if value in RATE_LIMITED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RATE_LIMITED_PROBLEM_STATUS_VALUES!r}"
    )
