from typing import Literal

PayloadTooLargeProblemType = Literal["/problems/payload-too-large"]

PAYLOAD_TOO_LARGE_PROBLEM_TYPE_VALUES: set[PayloadTooLargeProblemType] = {
    "/problems/payload-too-large",
}


def check_payload_too_large_problem_type(value: str) -> PayloadTooLargeProblemType:
    if value in PAYLOAD_TOO_LARGE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYLOAD_TOO_LARGE_PROBLEM_TYPE_VALUES!r}"
    )
