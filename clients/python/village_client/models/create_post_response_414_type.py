from typing import Literal

CreatePostResponse414Type = Literal["/problems/uri-too-long"]

CREATE_POST_RESPONSE_414_TYPE_VALUES: set[CreatePostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_post_response_414_type(value: str) -> CreatePostResponse414Type:
    if value in CREATE_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
