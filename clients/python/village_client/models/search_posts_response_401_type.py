from typing import Literal

SearchPostsResponse401Type = Literal["/problems/invalid-token"]

SEARCH_POSTS_RESPONSE_401_TYPE_VALUES: set[SearchPostsResponse401Type] = {
    "/problems/invalid-token",
}


def check_search_posts_response_401_type(value: str) -> SearchPostsResponse401Type:
    if value in SEARCH_POSTS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_401_TYPE_VALUES!r}"
    )
