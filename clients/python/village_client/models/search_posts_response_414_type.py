from typing import Literal

SearchPostsResponse414Type = Literal["/problems/uri-too-long"]

SEARCH_POSTS_RESPONSE_414_TYPE_VALUES: set[SearchPostsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_search_posts_response_414_type(value: str) -> SearchPostsResponse414Type:
    if value in SEARCH_POSTS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_414_TYPE_VALUES!r}"
    )
