from typing import Literal

CreatePostResponse409Type = Literal["/problems/duplicate-post", "/problems/idempotency-in-flight"]

CREATE_POST_RESPONSE_409_TYPE_VALUES: set[CreatePostResponse409Type] = {
    "/problems/duplicate-post",
    "/problems/idempotency-in-flight",
}


def check_create_post_response_409_type(value: str) -> CreatePostResponse409Type:
    if value in CREATE_POST_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_409_TYPE_VALUES!r}"
    )
