from typing import Literal

CreatePostResponse503Type = Literal["/problems/service-unavailable"]

CREATE_POST_RESPONSE_503_TYPE_VALUES: set[CreatePostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_post_response_503_type(value: str) -> CreatePostResponse503Type:
    if value in CREATE_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
