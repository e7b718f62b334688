from typing import Literal

UpdateCategoryResponse422Type = Literal["/problems/validation-error"]

UPDATE_CATEGORY_RESPONSE_422_TYPE_VALUES: set[UpdateCategoryResponse422Type] = {
    "/problems/validation-error",
}


def check_update_category_response_422_type(value: str) -> UpdateCategoryResponse422Type:
    if value in UPDATE_CATEGORY_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_422_TYPE_VALUES!r}"
    )
