from typing import Literal

DeletePostResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

DELETE_POST_RESPONSE_401_TYPE_VALUES: set[DeletePostResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_delete_post_response_401_type(value: str) -> DeletePostResponse401Type:
    if value in DELETE_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
