from typing import Literal

DeletePostResponse429Type = Literal["/problems/rate-limited"]

DELETE_POST_RESPONSE_429_TYPE_VALUES: set[DeletePostResponse429Type] = {
    "/problems/rate-limited",
}


def check_delete_post_response_429_type(value: str) -> DeletePostResponse429Type:
    if value in DELETE_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
