from typing import Literal

GetPostResponse404Type = Literal["/problems/not-found"]

GET_POST_RESPONSE_404_TYPE_VALUES: set[GetPostResponse404Type] = {
    "/problems/not-found",
}


def check_get_post_response_404_type(value: str) -> GetPostResponse404Type:
    if value in GET_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
