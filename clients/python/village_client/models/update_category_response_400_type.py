from typing import Literal

UpdateCategoryResponse400Type = Literal["/problems/malformed-json"]

UPDATE_CATEGORY_RESPONSE_400_TYPE_VALUES: set[UpdateCategoryResponse400Type] = {
    "/problems/malformed-json",
}


def check_update_category_response_400_type(value: str) -> UpdateCategoryResponse400Type:
    if value in UPDATE_CATEGORY_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_400_TYPE_VALUES!r}"
    )
