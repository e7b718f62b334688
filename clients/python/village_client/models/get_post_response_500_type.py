from typing import Literal

GetPostResponse500Type = Literal["/problems/internal-error"]

GET_POST_RESPONSE_500_TYPE_VALUES: set[GetPostResponse500Type] = {
    "/problems/internal-error",
}


def check_get_post_response_500_type(value: str) -> GetPostResponse500Type:
    if value in GET_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
