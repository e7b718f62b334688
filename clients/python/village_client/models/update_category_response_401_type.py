from typing import Literal

UpdateCategoryResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UPDATE_CATEGORY_RESPONSE_401_TYPE_VALUES: set[UpdateCategoryResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_update_category_response_401_type(value: str) -> UpdateCategoryResponse401Type:
    if value in UPDATE_CATEGORY_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORY_RESPONSE_401_TYPE_VALUES!r}"
    )
