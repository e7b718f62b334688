from typing import Literal

TooManyGroupsProblemType = Literal["/problems/too-many-groups"]

TOO_MANY_GROUPS_PROBLEM_TYPE_VALUES: set[TooManyGroupsProblemType] = {
    "/problems/too-many-groups",
}


def check_too_many_groups_problem_type(value: str) -> TooManyGroupsProblemType:
    if value in TOO_MANY_GROUPS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOO_MANY_GROUPS_PROBLEM_TYPE_VALUES!r}"
    )
