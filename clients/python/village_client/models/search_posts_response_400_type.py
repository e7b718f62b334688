from typing import Literal

SearchPostsResponse400Type = Literal["/problems/invalid-cursor"]

SEARCH_POSTS_RESPONSE_400_TYPE_VALUES: set[SearchPostsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_search_posts_response_400_type(value: str) -> SearchPostsResponse400Type:
    if value in SEARCH_POSTS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_400_TYPE_VALUES!r}"
    )
