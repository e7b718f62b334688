from typing import Literal

CategoryExistsProblemType = Literal["/problems/category-exists"]

CATEGORY_EXISTS_PROBLEM_TYPE_VALUES: set[CategoryExistsProblemType] = {
    "/problems/category-exists",
}


def check_category_exists_problem_type(value: str) -> CategoryExistsProblemType:
    if value in CATEGORY_EXISTS_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATEGORY_EXISTS_PROBLEM_TYPE_VALUES!r}"
    )
