from typing import Literal

ListPostsResponse422Type = Literal["/problems/validation-error"]

LIST_POSTS_RESPONSE_422_TYPE_VALUES: set[ListPostsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_posts_response_422_type(value: str) -> ListPostsResponse422Type:
    if value in LIST_POSTS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_422_TYPE_VALUES!r}"
    )
