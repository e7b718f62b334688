from typing import Literal

GetCategoryResponse503Type = Literal["/problems/service-unavailable"]

GET_CATEGORY_RESPONSE_503_TYPE_VALUES: set[GetCategoryResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_category_response_503_type(value: str) -> GetCategoryResponse503Type:
    if value in GET_CATEGORY_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_503_TYPE_VALUES!r}"
    )
