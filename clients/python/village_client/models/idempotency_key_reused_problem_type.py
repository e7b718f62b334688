from typing import Literal

IdempotencyKeyReusedProblemType = Literal["/problems/idempotency-key-reused"]

IDEMPOTENCY_KEY_REUSED_PROBLEM_TYPE_VALUES: set[IdempotencyKeyReusedProblemType] = {
    "/problems/idempotency-key-reused",
}


def check_idempotency_key_reused_problem_type(value: str) -> IdempotencyKeyReusedProblemType:
    if value in IDEMPOTENCY_KEY_REUSED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDEMPOTENCY_KEY_REUSED_PROBLEM_TYPE_VALUES!r}"
    )
