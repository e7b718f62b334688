from typing import Literal

ListCategoriesResponse503Type = Literal["/problems/service-unavailable"]

LIST_CATEGORIES_RESPONSE_503_TYPE_VALUES: set[ListCategoriesResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_categories_response_503_type(value: str) -> ListCategoriesResponse503Type:
    if value in LIST_CATEGORIES_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_RESPONSE_503_TYPE_VALUES!r}"
    )
