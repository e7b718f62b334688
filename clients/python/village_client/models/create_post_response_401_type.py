from typing import Literal

CreatePostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_POST_RESPONSE_401_TYPE_VALUES: set[CreatePostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_post_response_401_type(value: str) -> CreatePostResponse401Type:
    if value in CREATE_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
