from typing import Literal

CreatePostResponse404Type = Literal["/problems/not-found"]

CREATE_POST_RESPONSE_404_TYPE_VALUES: set[CreatePostResponse404Type] = {
    "/problems/not-found",
}


def check_create_post_response_404_type(value: str) -> CreatePostResponse404Type:
    if value in CREATE_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
