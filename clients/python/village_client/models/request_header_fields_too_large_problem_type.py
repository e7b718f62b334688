from typing import Literal

RequestHeaderFieldsTooLargeProblemType = Literal["/problems/request-header-fields-too-large"]

REQUEST_HEADER_FIELDS_TOO_LARGE_PROBLEM_TYPE_VALUES: set[RequestHeaderFieldsTooLargeProblemType] = {
    "/problems/request-header-fields-too-large",
}


def check_request_header_fields_too_large_problem_type(
    value: str,
) -> RequestHeaderFieldsTooLargeProblemType:
    if value in REQUEST_HEADER_FIELDS_TOO_LARGE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_HEADER_FIELDS_TOO_LARGE_PROBLEM_TYPE_VALUES!r}"
    )
