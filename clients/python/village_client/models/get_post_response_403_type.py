from typing import Literal

GetPostResponse403Type = Literal["/problems/insufficient-scope"]

GET_POST_RESPONSE_403_TYPE_VALUES: set[GetPostResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_get_post_response_403_type(value: str) -> GetPostResponse403Type:
    if value in GET_POST_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_POST_RESPONSE_403_TYPE_VALUES!r}"
    )
