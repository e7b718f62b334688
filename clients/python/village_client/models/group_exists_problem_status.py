from typing import Literal

GroupExistsProblemStatus = Literal[409]

GROUP_EXISTS_PROBLEM_STATUS_VALUES: set[GroupExistsProblemStatus] = {
    409,
}


def check_group_exists_problem_status(value: int) -> GroupExistsProblemStatus:
    if value in GROUP_EXISTS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_EXISTS_PROBLEM_STATUS_VALUES!r}"
    )
