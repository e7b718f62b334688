from typing import Literal

ListPostsResponse401Type = Literal["/problems/invalid-token"]

LIST_POSTS_RESPONSE_401_TYPE_VALUES: set[ListPostsResponse401Type] = {
    "/problems/invalid-token",
}


def check_list_posts_response_401_type(value: str) -> ListPostsResponse401Type:
    if value in LIST_POSTS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_401_TYPE_VALUES!r}"
    )
