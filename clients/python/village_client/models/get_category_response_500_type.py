from typing import Literal

GetCategoryResponse500Type = Literal["/problems/internal-error"]

GET_CATEGORY_RESPONSE_500_TYPE_VALUES: set[GetCategoryResponse500Type] = {
    "/problems/internal-error",
}


def check_get_category_response_500_type(value: str) -> GetCategoryResponse500Type:
    if value in GET_CATEGORY_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_500_TYPE_VALUES!r}"
    )
