from typing import Literal

GroupExistsProblemType = Literal["/problems/group-exists"]

GROUP_EXISTS_PROBLEM_TYPE_VALUES: set[GroupExistsProblemType] = {
    "/problems/group-exists",
}


def check_group_exists_problem_type(value: str) -> GroupExistsProblemType:
    if value in GROUP_EXISTS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_EXISTS_PROBLEM_TYPE_VALUES!r}"
    )
