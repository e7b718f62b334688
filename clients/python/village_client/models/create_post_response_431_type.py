from typing import Literal

CreatePostResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_POST_RESPONSE_431_TYPE_VALUES: set[CreatePostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_post_response_431_type(value: str) -> CreatePostResponse431Type:
    if value in CREATE_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
