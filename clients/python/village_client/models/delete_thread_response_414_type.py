from typing import Literal

DeleteThreadResponse414Type = Literal["/problems/uri-too-long"]

DELETE_THREAD_RESPONSE_414_TYPE_VALUES: set[DeleteThreadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_delete_thread_response_414_type(value: str) -> DeleteThreadResponse414Type:
    if value in DELETE_THREAD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_414_TYPE_VALUES!r}"
    )
