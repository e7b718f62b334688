from typing import Literal

SearchResponse503Type = Literal["/problems/service-unavailable"]

SEARCH_RESPONSE_503_TYPE_VALUES: set[SearchResponse503Type] = {
    "/problems/service-unavailable",
}


def check_search_response_503_type(value: str) -> SearchResponse503Type:
    if value in SEARCH_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_RESPONSE_503_TYPE_VALUES!r}"
    )
