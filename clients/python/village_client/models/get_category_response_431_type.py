from typing import Literal

GetCategoryResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_CATEGORY_RESPONSE_431_TYPE_VALUES: set[GetCategoryResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_category_response_431_type(value: str) -> GetCategoryResponse431Type:
    if value in GET_CATEGORY_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_431_TYPE_VALUES!r}"
    )
