from typing import Literal

UpdateThreadResponse404Type = Literal["/problems/not-found"]

UPDATE_THREAD_RESPONSE_404_TYPE_VALUES: set[UpdateThreadResponse404Type] = {
    "/problems/not-found",
}


def check_update_thread_response_404_type(value: str) -> UpdateThreadResponse404Type:
    if value in UPDATE_THREAD_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_404_TYPE_VALUES!r}"
    )
