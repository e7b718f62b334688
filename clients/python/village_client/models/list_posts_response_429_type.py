from typing import Literal

ListPostsResponse429Type = Literal["/problems/rate-limited"]

LIST_POSTS_RESPONSE_429_TYPE_VALUES: set[ListPostsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_posts_response_429_type(value: str) -> ListPostsResponse429Type:
    if value in LIST_POSTS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_429_TYPE_VALUES!r}"
    )
