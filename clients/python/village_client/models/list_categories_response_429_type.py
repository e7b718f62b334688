from typing import Literal

ListCategoriesResponse429Type = Literal["/problems/rate-limited"]

LIST_CATEGORIES_RESPONSE_429_TYPE_VALUES: set[ListCategoriesResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_categories_response_429_type(value: str) -> ListCategoriesResponse429Type:
    if value in LIST_CATEGORIES_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_RESPONSE_429_TYPE_VALUES!r}"
    )
