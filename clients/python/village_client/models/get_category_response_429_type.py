from typing import Literal

GetCategoryResponse429Type = Literal["/problems/rate-limited"]

GET_CATEGORY_RESPONSE_429_TYPE_VALUES: set[GetCategoryResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_category_response_429_type(value: str) -> GetCategoryResponse429Type:
    if value in GET_CATEGORY_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CATEGORY_RESPONSE_429_TYPE_VALUES!r}"
    )
