from typing import Literal

DeletePostResponse431Type = Literal["/problems/request-header-fields-too-large"]

DELETE_POST_RESPONSE_431_TYPE_VALUES: set[DeletePostResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_delete_post_response_431_type(value: str) -> DeletePostResponse431Type:
    if value in DELETE_POST_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_431_TYPE_VALUES!r}"
    )
