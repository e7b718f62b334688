from typing import Literal

UriTooLongProblemType = Literal["/problems/uri-too-long"]

URI_TOO_LONG_PROBLEM_TYPE_VALUES: set[UriTooLongProblemType] = {
    "/problems/uri-too-long",
}


def check_uri_too_long_problem_type(value: str) -> UriTooLongProblemType:
    if value in URI_TOO_LONG_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URI_TOO_LONG_PROBLEM_TYPE_VALUES!r}"
    )
