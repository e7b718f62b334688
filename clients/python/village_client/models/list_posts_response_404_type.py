from typing import Literal

ListPostsResponse404Type = Literal["/problems/not-found"]

LIST_POSTS_RESPONSE_404_TYPE_VALUES: set[ListPostsResponse404Type] = {
    "/problems/not-found",
}


def check_list_posts_response_404_type(value: str) -> ListPostsResponse404Type:
    if value in LIST_POSTS_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_404_TYPE_VALUES!r}"
    )
