from typing import Literal

CreateCategoryResponse429Type = Literal["/problems/rate-limited"]

CREATE_CATEGORY_RESPONSE_429_TYPE_VALUES: set[CreateCategoryResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_category_response_429_type(value: str) -> CreateCategoryResponse429Type:
    if value in CREATE_CATEGORY_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_429_TYPE_VALUES!r}"
    )
