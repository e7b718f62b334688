from typing import Literal

CreateCategoryResponse422Type = Literal[
    "/problems/idempotency-key-reused", "/problems/validation-error"
]

CREATE_CATEGORY_RESPONSE_422_TYPE_VALUES: set[CreateCategoryResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/validation-error",
}


def check_create_category_response_422_type(value: str) -> CreateCategoryResponse422Type:
    if value in CREATE_CATEGORY_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_422_TYPE_VALUES!r}"
    )
