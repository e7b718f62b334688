from typing import Literal

UpdateCategoryResponse409Type = Literal["/problems/category-exists"]

UPDATE_CATEGORY_RESPONSE_409_TYPE_VALUES: set[UpdateCategoryResponse409Type] = {
    "/problems/category-exists",
}


def check_update_category_response_409_type(value: str) -> UpdateCategoryResponse409Type:
    if value in UPDATE_CATEGORY_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_409_TYPE_VALUES!r}"
    )
