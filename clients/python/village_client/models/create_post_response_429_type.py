from typing import Literal

CreatePostResponse429Type = Literal["/problems/rate-limited"]

CREATE_POST_RESPONSE_429_TYPE_VALUES: set[CreatePostResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_post_response_429_type(value: str) -> CreatePostResponse429Type:
    if value in CREATE_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
