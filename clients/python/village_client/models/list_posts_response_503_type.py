from typing import Literal

ListPostsResponse503Type = Literal["/problems/service-unavailable"]

LIST_POSTS_RESPONSE_503_TYPE_VALUES: set[ListPostsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_posts_response_503_type(value: str) -> ListPostsResponse503Type:
    if value in LIST_POSTS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_503_TYPE_VALUES!r}"
    )
