from typing import Literal

SearchPostsResponse403Type = Literal["/problems/insufficient-scope"]

SEARCH_POSTS_RESPONSE_403_TYPE_VALUES: set[SearchPostsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_search_posts_response_403_type(value: str) -> SearchPostsResponse403Type:
    if value in SEARCH_POSTS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_403_TYPE_VALUES!r}"
    )
