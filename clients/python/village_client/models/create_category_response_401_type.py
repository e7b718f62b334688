from typing import Literal

CreateCategoryResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_CATEGORY_RESPONSE_401_TYPE_VALUES: set[CreateCategoryResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_category_response_401_type(value: str) -> CreateCategoryResponse401Type:
    if value in CREATE_CATEGORY_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORY_RESPONSE_401_TYPE_VALUES!r}"
    )
