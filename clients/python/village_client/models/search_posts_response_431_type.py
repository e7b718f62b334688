from typing import Literal

SearchPostsResponse431Type = Literal["/problems/request-header-fields-too-large"]

SEARCH_POSTS_RESPONSE_431_TYPE_VALUES: set[SearchPostsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_search_posts_response_431_type(value: str) -> SearchPostsResponse431Type:
    if value in SEARCH_POSTS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_POSTS_RESPONSE_431_TYPE_VALUES!r}"
    )
