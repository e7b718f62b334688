from typing import Literal

CreateCategoryResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_CATEGORY_RESPONSE_431_TYPE_VALUES: set[CreateCategoryResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_category_response_431_type(value: str) -> CreateCategoryResponse431Type:
    if value in CREATE_CATEGORY_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_431_TYPE_VALUES!r}"
    )
