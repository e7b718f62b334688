from typing import Literal

UpdateCategoryResponse414Type = Literal["/problems/uri-too-long"]

UPDATE_CATEGORY_RESPONSE_414_TYPE_VALUES: set[UpdateCategoryResponse414Type] = {
    "/problems/uri-too-long",
}


def check_update_category_response_414_type(value: str) -> UpdateCategoryResponse414Type:
    if value in UPDATE_CATEGORY_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_414_TYPE_VALUES!r}"
    )
