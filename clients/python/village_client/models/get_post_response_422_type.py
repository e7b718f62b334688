from typing import Literal

GetPostResponse422Type = Literal["/problems/validation-error"]

GET_POST_RESPONSE_422_TYPE_VALUES: set[GetPostResponse422Type] = {
    "/problems/validation-error",
}


def check_get_post_response_422_type(value: str) -> GetPostResponse422Type:
    if value in GET_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
