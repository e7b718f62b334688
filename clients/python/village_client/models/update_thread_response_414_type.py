from typing import Literal

UpdateThreadResponse414Type = Literal["/problems/uri-too-long"]

UPDATE_THREAD_RESPONSE_414_TYPE_VALUES: set[UpdateThreadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_update_thread_response_414_type(value: str) -> UpdateThreadResponse414Type:
    if value in UPDATE_THREAD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_414_TYPE_VALUES!r}"
    )
