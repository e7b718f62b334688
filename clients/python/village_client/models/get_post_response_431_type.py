from typing import Literal

GetPostResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_POST_RESPONSE_431_TYPE_VALUES: set[GetPostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_post_response_431_type(value: str) -> GetPostResponse431Type:
    if value in GET_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
