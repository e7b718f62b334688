from typing import Literal

UriTooLongProblemStatus = Literal[414]

URI_TOO_LONG_PROBLEM_STATUS_VALUES: set[UriTooLongProblemStatus] = {
    414,
}


def check_uri_too_long_problem_status(value: int) -> UriTooLongProblemStatus:
    if value in URI_TOO_LONG_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {URI_TOO_LONG_PROBLEM_STATUS_VALUES!r}"
    )
