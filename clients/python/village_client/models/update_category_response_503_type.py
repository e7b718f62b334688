from typing import Literal

UpdateCategoryResponse503Type = Literal["/problems/service-unavailable"]

UPDATE_CATEGORY_RESPONSE_503_TYPE_VALUES: set[UpdateCategoryResponse503Type] = {
    "/problems/service-unavailable",
}


def check_update_category_response_503_type(value: str) -> UpdateCategoryResponse503Type:
    if value in UPDATE_CATEGORY_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_503_TYPE_VALUES!r}"
    )
