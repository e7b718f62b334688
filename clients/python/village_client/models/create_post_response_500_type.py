from typing import Literal

CreatePostResponse500Type = Literal["/problems/internal-error"]

CREATE_POST_RESPONSE_500_TYPE_VALUES: set[CreatePostResponse500Type] = {
    "/problems/internal-error",
}


def check_create_post_response_500_type(value: str) -> CreatePostResponse500Type:
    if value in CREATE_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
