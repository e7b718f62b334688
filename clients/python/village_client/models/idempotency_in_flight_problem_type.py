from typing import Literal

IdempotencyInFlightProblemType = Literal["/problems/idempotency-in-flight"]

IDEMPOTENCY_IN_FLIGHT_PROBLEM_TYPE_VALUES: set[IdempotencyInFlightProblemType] = {
    "/problems/idempotency-in-flight",
}


def check_idempotency_in_flight_problem_type(value: str) -> IdempotencyInFlightProblemType:
    if value in IDEMPOTENCY_IN_FLIGHT_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEMPOTENCY_IN_FLIGHT_PROBLEM_TYPE_VALUES!r}"
    )
