from typing import Literal

SearchPostsResponse500Type = Literal["/problems/internal-error"]

SEARCH_POSTS_RESPONSE_500_TYPE_VALUES: set[SearchPostsResponse500Type] = {
    "/problems/internal-error",
}


def check_search_posts_response_500_type(value: str) -> SearchPostsResponse500Type:
    if value in SEARCH_POSTS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_500_TYPE_VALUES!r}"
    )
