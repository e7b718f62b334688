from typing import Literal

UpdateCategoryResponse429Type = Literal["/problems/rate-limited"]

UPDATE_CATEGORY_RESPONSE_429_TYPE_VALUES: set[UpdateCategoryResponse429Type] = {
    "/problems/rate-limited",
}


def check_update_category_response_429_type(value: str) -> UpdateCategoryResponse429Type:
    if value in UPDATE_CATEGORY_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_429_TYPE_VALUES!r}"
    )
