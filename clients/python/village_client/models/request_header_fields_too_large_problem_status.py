from typing import Literal

RequestHeaderFieldsTooLargeProblemStatus = Literal[431]

REQUEST_HEADER_FIELDS_TOO_LARGE_PROBLEM_STATUS_VALUES: set[
    RequestHeaderFieldsTooLargeProblemStatus
] = {
    431,
}


def check_request_header_fields_too_large_problem_status(
    value: int,
) -> RequestHeaderFieldsTooLargeProblemStatus:
    if value in REQUEST_HEADER_FIELDS_TOO_LARGE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_HEADER_FIELDS_TOO_LARGE_PROBLEM_STATUS_VALUES!r}"
    )
