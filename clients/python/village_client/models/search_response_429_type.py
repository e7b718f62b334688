from typing import Literal

SearchResponse429Type = Literal["/problems/rate-limited"]

SEARCH_RESPONSE_429_TYPE_VALUES: set[SearchResponse429Type] = {
    "/problems/rate-limited",
}


def check_search_response_429_type(value: str) -> SearchResponse429Type:
    if value in SEARCH_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_RESPONSE_429_TYPE_VALUES!r}"
    )
