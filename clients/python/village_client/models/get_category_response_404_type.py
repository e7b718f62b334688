from typing import Literal

GetCategoryResponse404Type = Literal["/problems/not-found"]

GET_CATEGORY_RESPONSE_404_TYPE_VALUES: set[GetCategoryResponse404Type] = {
    "/problems/not-found",
}


def check_get_category_response_404_type(value: str) -> GetCategoryResponse404Type:
    if value in GET_CATEGORY_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_404_TYPE_VALUES!r}"
    )
