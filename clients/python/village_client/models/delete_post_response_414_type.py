from typing import Literal

DeletePostResponse414Type = Literal["/problems/uri-too-long"]

DELETE_POST_RESPONSE_414_TYPE_VALUES: set[DeletePostResponse414Type] = {
    "/problems/uri-too-long",
}


def check_delete_post_response_414_type(value: str) -> DeletePostResponse414Type:
    if value in DELETE_POST_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_414_TYPE_VALUES!r}"
    )
