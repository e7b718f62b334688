from typing import Literal

ListPostsResponse400Type = Literal["/problems/invalid-cursor"]

LIST_POSTS_RESPONSE_400_TYPE_VALUES: set[ListPostsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_posts_response_400_type(value: str) -> ListPostsResponse400Type:
    if value in LIST_POSTS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_400_TYPE_VALUES!r}"
    )
