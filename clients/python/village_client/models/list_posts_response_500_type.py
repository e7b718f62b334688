from typing import Literal

ListPostsResponse500Type = Literal["/problems/internal-error"]

LIST_POSTS_RESPONSE_500_TYPE_VALUES: set[ListPostsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_posts_response_500_type(value: str) -> ListPostsResponse500Type:
    if value in LIST_POSTS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_500_TYPE_VALUES!r}"
    )
