from typing import Literal

ListPostsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_POSTS_RESPONSE_431_TYPE_VALUES: set[ListPostsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_posts_response_431_type(value: str) -> ListPostsResponse431Type:
    if value in LIST_POSTS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_431_TYPE_VALUES!r}"
    )
