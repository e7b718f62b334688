from typing import Literal

IdempotencyInFlightProblemStatus = Literal[409]

IDEMPOTENCY_IN_FLIGHT_PROBLEM_STATUS_VALUES: set[IdempotencyInFlightProblemStatus] = {
    409,
}


def check_idempotency_in_flight_problem_status(value: int) -> IdempotencyInFlightProblemStatus:
    if value in IDEMPOTENCY_IN_FLIGHT_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEMPOTENCY_IN_FLIGHT_PROBLEM_STATUS_VALUES!r}"
    )
