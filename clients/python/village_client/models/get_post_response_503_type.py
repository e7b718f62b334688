from typing import Literal

GetPostResponse503Type = Literal["/problems/service-unavailable"]

GET_POST_RESPONSE_503_TYPE_VALUES: set[GetPostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_post_response_503_type(value: str) -> GetPostResponse503Type:
    if value in GET_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
