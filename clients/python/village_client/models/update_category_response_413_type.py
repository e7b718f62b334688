from typing import Literal

UpdateCategoryResponse413Type = Literal["/problems/payload-too-large"]

UPDATE_CATEGORY_RESPONSE_413_TYPE_VALUES: set[UpdateCategoryResponse413Type] = {
    "/problems/payload-too-large",
}


def check_update_category_response_413_type(value: str) -> UpdateCategoryResponse413Type:
    if value in UPDATE_CATEGORY_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_413_TYPE_VALUES!r}"
    )
