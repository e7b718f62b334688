from typing import Literal

GetPostResponse401Type = Literal["/problems/invalid-token"]

GET_POST_RESPONSE_401_TYPE_VALUES: set[GetPostResponse401Type] = {
    "/problems/invalid-token",
}


def check_get_post_response_401_type(value: str) -> GetPostResponse401Type:
    if value in GET_POST_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_401_TYPE_VALUES!r}"
    )
