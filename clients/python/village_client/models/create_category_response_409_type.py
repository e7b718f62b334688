from typing import Literal

CreateCategoryResponse409Type = Literal[
    "/problems/category-exists", "/problems/idempotency-in-flight"
]

CREATE_CATEGORY_RESPONSE_409_TYPE_VALUES: set[CreateCategoryResponse409Type] = {
    "/problems/category-exists",
    "/problems/idempotency-in-flight",
}


def check_create_category_response_409_type(value: str) -> CreateCategoryResponse409Type:
    if value in CREATE_CATEGORY_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_409_TYPE_VALUES!r}"
    )
