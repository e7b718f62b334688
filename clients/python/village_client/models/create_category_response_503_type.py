from typing import Literal

CreateCategoryResponse503Type = Literal["/problems/service-unavailable"]

CREATE_CATEGORY_RESPONSE_503_TYPE_VALUES: set[CreateCategoryResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_category_response_503_type(value: str) -> CreateCategoryResponse503Type:
    if value in CREATE_CATEGORY_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_503_TYPE_VALUES!r}"
    )
