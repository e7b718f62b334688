from typing import Literal

CreatePostResponse400Type = Literal["/problems/malformed-json"]

CREATE_POST_RESPONSE_400_TYPE_VALUES: set[CreatePostResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_post_response_400_type(value: str) -> CreatePostResponse400Type:
    if value in CREATE_POST_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_400_TYPE_VALUES!r}"
    )
