from typing import Literal

DeletePostResponse500Type = Literal["/problems/internal-error"]

DELETE_POST_RESPONSE_500_TYPE_VALUES: set[DeletePostResponse500Type] = {
    "/problems/internal-error",
}


def check_delete_post_response_500_type(value: str) -> DeletePostResponse500Type:
    if value in DELETE_POST_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_500_TYPE_VALUES!r}"
    )
