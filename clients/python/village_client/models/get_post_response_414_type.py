from typing import Literal

GetPostResponse414Type = Literal["/problems/uri-too-long"]

GET_POST_RESPONSE_414_TYPE_VALUES: set[GetPostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_post_response_414_type(value: str) -> GetPostResponse414Type:
    if value in GET_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
