from typing import Literal

DeletePostResponse404Type = Literal["/problems/not-found"]

DELETE_POST_RESPONSE_404_TYPE_VALUES: set[DeletePostResponse404Type] = {
    "/problems/not-found",
}


def check_delete_post_response_404_type(value: str) -> DeletePostResponse404Type:
    if value in DELETE_POST_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_404_TYPE_VALUES!r}"
    )
