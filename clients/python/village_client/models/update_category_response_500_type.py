from typing import Literal

UpdateCategoryResponse500Type = Literal["/problems/internal-error"]

UPDATE_CATEGORY_RESPONSE_500_TYPE_VALUES: set[UpdateCategoryResponse500Type] = {
    "/problems/internal-error",
}


def check_update_category_response_500_type(value: str) -> UpdateCategoryResponse500Type:
    if value in UPDATE_CATEGORY_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_500_TYPE_VALUES!r}"
    )
