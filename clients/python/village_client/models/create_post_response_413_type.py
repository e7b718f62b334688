from typing import Literal

CreatePostResponse413Type = Literal["/problems/payload-too-large"]

CREATE_POST_RESPONSE_413_TYPE_VALUES: set[CreatePostResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_post_response_413_type(value: str) -> CreatePostResponse413Type:
    if value in CREATE_POST_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_413_TYPE_VALUES!r}"
    )
