from typing import Literal

CreateCategoryResponse413Type = Literal["/problems/payload-too-large"]

CREATE_CATEGORY_RESPONSE_413_TYPE_VALUES: set[CreateCategoryResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_category_response_413_type(value: str) -> CreateCategoryResponse413Type:
    if value in CREATE_CATEGORY_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_413_TYPE_VALUES!r}"
    )
