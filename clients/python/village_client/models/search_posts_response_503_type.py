from typing import Literal

SearchPostsResponse503Type = Literal["/problems/service-unavailable"]

SEARCH_POSTS_RESPONSE_503_TYPE_VALUES: set[SearchPostsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_search_posts_response_503_type(value: str) -> SearchPostsResponse503Type:
    if value in SEARCH_POSTS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_503_TYPE_VALUES!r}"
    )
