from typing import Literal

SearchResponse422Type = Literal["/problems/validation-error"]

SEARCH_RESPONSE_422_TYPE_VALUES: set[SearchResponse422Type] = {
    "/problems/validation-error",
}


def check_search_response_422_type(value: str) -> SearchResponse422Type:
    if value in SEARCH_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_RESPONSE_422_TYPE_VALUES!r}"
    )
