from typing import Literal

ListPostsResponse414Type = Literal["/problems/uri-too-long"]

LIST_POSTS_RESPONSE_414_TYPE_VALUES: set[ListPostsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_posts_response_414_type(value: str) -> ListPostsResponse414Type:
    if value in LIST_POSTS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_414_TYPE_VALUES!r}"
    )
