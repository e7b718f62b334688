from typing import Literal

UpdateThreadResponse413Type = Literal["/problems/payload-too-large"]

UPDATE_THREAD_RESPONSE_413_TYPE_VALUES: set[UpdateThreadResponse413Type] = {
    "/problems/payload-too-large",
}


def check_update_thread_response_413_type(value: str) -> UpdateThreadResponse413Type:
    if value in UPDATE_THREAD_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_413_TYPE_VALUES!r}"
    )
