from typing import Literal

DeletePostResponse422Type = Literal["/problems/validation-error"]

DELETE_POST_RESPONSE_422_TYPE_VALUES: set[DeletePostResponse422Type] = {
    "/problems/validation-error",
}


def check_delete_post_response_422_type(value: str) -> DeletePostResponse422Type:
    if value in DELETE_POST_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_POST_RESPONSE_422_TYPE_VALUES!r}"
    )
