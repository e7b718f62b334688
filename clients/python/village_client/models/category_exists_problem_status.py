from typing import Literal

CategoryExistsProblemStatus = Literal[409]

CATEGORY_EXISTS_PROBLEM_STATUS_VALUES: set[CategoryExistsProblemStatus] = {
    409,
}


def check_category_exists_problem_status(value: int) -> CategoryExistsProblemStatus:
    if value in CATEGORY_EXISTS_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATEGORY_EXISTS_PROBLEM_STATUS_VALUES!r}"
    )
