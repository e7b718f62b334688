from typing import Literal

MalformedJsonProblemType = Literal["/problems/malformed-json"]

MALFORMED_JSON_PROBLEM_TYPE_VALUES: set[MalformedJsonProblemType] = {
    "/problems/malformed-json",
}


def check_malformed_json_problem_type(value: str) -> MalformedJsonProblemType:
    if value in MALFORMED_JSON_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MALFORMED_JSON_PROBLEM_TYPE_VALUES!r}"
    )
