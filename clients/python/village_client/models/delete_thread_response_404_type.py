from typing import Literal

DeleteThreadResponse404Type = Literal["/problems/not-found"]

DELETE_THREAD_RESPONSE_404_TYPE_VALUES: set[DeleteThreadResponse404Type] = {
    "/problems/not-found",
}


def check_delete_thread_response_404_type(value: str) -> DeleteThreadResponse404Type:
    if value in DELETE_THREAD_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_404_TYPE_VALUES!r}"
    )
