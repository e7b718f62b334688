from typing import Literal

TooManyLinksProblemType = Literal["/problems/too-many-links"]

TOO_MANY_LINKS_PROBLEM_TYPE_VALUES: set[TooManyLinksProblemType] = {
    "/problems/too-many-links",
}


def check_too_many_links_problem_type(value: str) -> TooManyLinksProblemType:
    if value in TOO_MANY_LINKS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_LINKS_PROBLEM_TYPE_VALUES!r}"
    )
