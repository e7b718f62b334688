from typing import Literal

ListCategoriesResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_CATEGORIES_RESPONSE_431_TYPE_VALUES: set[ListCategoriesResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_categories_response_431_type(value: str) -> ListCategoriesResponse431Type:
    if value in LIST_CATEGORIES_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_RESPONSE_431_TYPE_VALUES!r}"
    )
