from typing import Literal

UpdateCategoryResponse404Type = Literal["/problems/not-found"]

UPDATE_CATEGORY_RESPONSE_404_TYPE_VALUES: set[UpdateCategoryResponse404Type] = {
    "/problems/not-found",
}


def check_update_category_response_404_type(value: str) -> UpdateCategoryResponse404Type:
    if value in UPDATE_CATEGORY_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_404_TYPE_VALUES!r}"
    )
