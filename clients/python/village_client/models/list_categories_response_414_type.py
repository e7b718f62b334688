from typing import Literal

ListCategoriesResponse414Type = Literal["/problems/uri-too-long"]

LIST_CATEGORIES_RESPONSE_414_TYPE_VALUES: set[ListCategoriesResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_categories_response_414_type(value: str) -> ListCategoriesResponse414Type:
    if value in LIST_CATEGORIES_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_RESPONSE_414_TYPE_VALUES!r}"
    )
