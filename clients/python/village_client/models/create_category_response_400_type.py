from typing import Literal

CreateCategoryResponse400Type = Literal["/problems/malformed-json"]

CREATE_CATEGORY_RESPONSE_400_TYPE_VALUES: set[CreateCategoryResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_category_response_400_type(value: str) -> CreateCategoryResponse400Type:
    if value in CREATE_CATEGORY_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_400_TYPE_VALUES!r}"
    )
