from typing import Literal

DeletePostResponse503Type = Literal["/problems/service-unavailable"]

DELETE_POST_RESPONSE_503_TYPE_VALUES: set[DeletePostResponse503Type] = {
    "/problems/service-unavailable",
}


def check_delete_post_response_503_type(value: str) -> DeletePostResponse503Type:
    if value in DELETE_POST_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_503_TYPE_VALUES!r}"
    )
