from typing import Literal

SearchPostsResponse429Type = Literal["/problems/rate-limited"]

SEARCH_POSTS_RESPONSE_429_TYPE_VALUES: set[SearchPostsResponse429Type] = {
    "/problems/rate-limited",
}


def check_search_posts_response_429_type(value: str) -> SearchPostsResponse429Type:
    if value in SEARCH_POSTS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_429_TYPE_VALUES!r}"
    )
