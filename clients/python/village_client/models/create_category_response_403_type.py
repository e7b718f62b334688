from typing import Literal

CreateCategoryResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

CREATE_CATEGORY_RESPONSE_403_TYPE_VALUES: set[CreateCategoryResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_create_category_response_403_type(value: str) -> CreateCategoryResponse403Type:
    if value in CREATE_CATEGORY_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_403_TYPE_VALUES!r}"
    )
