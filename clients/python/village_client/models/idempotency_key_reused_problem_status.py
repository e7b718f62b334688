from typing import Literal

IdempotencyKeyReusedProblemStatus = Literal[422]

IDEMPOTENCY_KEY_REUSED_PROBLEM_STATUS_VALUES: set[IdempotencyKeyReusedProblemStatus] = {
    422,
}


def check_idempotency_key_reused_problem_status(value: int) -> IdempotencyKeyReusedProblemStatus:
    if value in IDEMPOTENCY_KEY_REUSED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEMPOTENCY_KEY_REUSED_PROBLEM_STATUS_VALUES!r}"
    )
