from typing import Literal

ListPostsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_POSTS_RESPONSE_403_TYPE_VALUES: set[ListPostsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_posts_response_403_type(value: str) -> ListPostsResponse403Type:
    if value in LIST_POSTS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_POSTS_RESPONSE_403_TYPE_VALUES!r}"
    )
