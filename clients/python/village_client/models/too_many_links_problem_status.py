from typing import Literal

TooManyLinksProblemStatus = Literal[422]

TOO_MANY_LINKS_PROBLEM_STATUS_VALUES: set[TooManyLinksProblemStatus] = {
    422,
}


def check_too_many_links_problem_status(value: int) -> TooManyLinksProblemStatus:
    if value in TOO_MANY_LINKS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_LINKS_PROBLEM_STATUS_VALUES!r}"
    )
