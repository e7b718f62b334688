from typing import Literal

SearchResponse400Type = Literal["/problems/invalid-cursor"]

SEARCH_RESPONSE_400_TYPE_VALUES: set[SearchResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_search_response_400_type(value: str) -> SearchResponse400Type:
    if value in SEARCH_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_RESPONSE_400_TYPE_VALUES!r}"
    )
