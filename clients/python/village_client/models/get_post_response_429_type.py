from typing import Literal

GetPostResponse429Type = Literal["/problems/rate-limited"]

GET_POST_RESPONSE_429_TYPE_VALUES: set[GetPostResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_post_response_429_type(value: str) -> GetPostResponse429Type:
    if value in GET_POST_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_429_TYPE_VALUES!r}"
    )
