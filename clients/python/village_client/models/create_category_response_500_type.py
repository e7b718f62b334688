from typing import Literal

CreateCategoryResponse500Type = Literal["/problems/internal-error"]

CREATE_CATEGORY_RESPONSE_500_TYPE_VALUES: set[CreateCategoryResponse500Type] = {
    "/problems/internal-error",
}


def check_create_category_response_500_type(value: str) -> CreateCategoryResponse500Type:
    if value in CREATE_CATEGORY_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_500_TYPE_VALUES!r}"
    )
