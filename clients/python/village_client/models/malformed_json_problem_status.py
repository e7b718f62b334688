from typing import Literal

MalformedJsonProblemStatus = Literal[400]

MALFORMED_JSON_PROBLEM_STATUS_VALUES: set[MalformedJsonProblemStatus] = {
    400,
}


def check_malformed_json_problem_status(value: int) -> MalformedJsonProblemStatus:
    if value in MALFORMED_JSON_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MALFORMED_JSON_PROBLEM_STATUS_VALUES!r}"
    )
