from typing import Literal

UpdateThreadResponse409Type = Literal["/problems/thread-not-movable"]

UPDATE_THREAD_RESPONSE_409_TYPE_VALUES: set[UpdateThreadResponse409Type] = {
    "/problems/thread-not-movable",
}


def check_update_thread_response_409_type(value: str) -> UpdateThreadResponse409Type:
    if value in UPDATE_THREAD_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_409_TYPE_VALUES!r}"
    )
