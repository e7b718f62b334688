from typing import Literal

UpdateCategoryResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

UPDATE_CATEGORY_RESPONSE_403_TYPE_VALUES: set[UpdateCategoryResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_update_category_response_403_type(value: str) -> UpdateCategoryResponse403Type:
    if value in UPDATE_CATEGORY_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_403_TYPE_VALUES!r}"
    )
