from typing import Literal

GetCategoryResponse414Type = Literal["/problems/uri-too-long"]

GET_CATEGORY_RESPONSE_414_TYPE_VALUES: set[GetCategoryResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_category_response_414_type(value: str) -> GetCategoryResponse414Type:
    if value in GET_CATEGORY_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_414_TYPE_VALUES!r}"
    )
