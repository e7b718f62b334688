from typing import Literal

SearchPostsResponse404Type = Literal["/problems/not-found"]

SEARCH_POSTS_RESPONSE_404_TYPE_VALUES: set[SearchPostsResponse404Type] = {
    "/problems/not-found",
}


def check_search_posts_response_404_type(value: str) -> SearchPostsResponse404Type:
    if value in SEARCH_POSTS_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_404_TYPE_VALUES!r}"
    )
