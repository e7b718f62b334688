from typing import Literal

CreateCategoryResponse414Type = Literal["/problems/uri-too-long"]

CREATE_CATEGORY_RESPONSE_414_TYPE_VALUES: set[CreateCategoryResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_category_response_414_type(value: str) -> CreateCategoryResponse414Type:
    if value in CREATE_CATEGORY_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_414_TYPE_VALUES!r}"
    )
