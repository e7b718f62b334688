from typing import Literal

UpdateCategoryResponse431Type = Literal["/problems/request-header-fields-too-large"]

UPDATE_CATEGORY_RESPONSE_431_TYPE_VALUES: set[UpdateCategoryResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_update_category_response_431_type(value: str) -> UpdateCategoryResponse431Type:
    if value in UPDATE_CATEGORY_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_431_TYPE_VALUES!r}"
    )
