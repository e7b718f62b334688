from typing import Literal

ListCategoriesResponse500Type = Literal["/problems/internal-error"]

LIST_CATEGORIES_RESPONSE_500_TYPE_VALUES: set[ListCategoriesResponse500Type] = {
    "/problems/internal-error",
}


def check_list_categories_response_500_type(value: str) -> ListCategoriesResponse500Type:
    if value in LIST_CATEGORIES_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_RESPONSE_500_TYPE_VALUES!r}"
    )
