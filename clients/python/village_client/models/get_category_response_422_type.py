from typing import Literal

GetCategoryResponse422Type = Literal["/problems/validation-error"]

GET_CATEGORY_RESPONSE_422_TYPE_VALUES: set[GetCategoryResponse422Type] = {
    "/problems/validation-error",
}


def check_get_category_response_422_type(value: str) -> GetCategoryResponse422Type:
    if value in GET_CATEGORY_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_422_TYPE_VALUES!r}"
    )
