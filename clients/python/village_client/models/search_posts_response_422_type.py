from typing import Literal

SearchPostsResponse422Type = Literal["/problems/bad-search", "/problems/validation-error"]

SEARCH_POSTS_RESPONSE_422_TYPE_VALUES: set[SearchPostsResponse422Type] = {
    "/problems/bad-search",
    "/problems/validation-error",
}


def check_search_posts_response_422_type(value: str) -> SearchPostsResponse422Type:
    if value in SEARCH_POSTS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_422_TYPE_VALUES!r}"
    )
