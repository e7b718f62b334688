from typing import Literal

UpdateThreadResponse422Type = Literal["/problems/validation-error"]

UPDATE_THREAD_RESPONSE_422_TYPE_VALUES: set[UpdateThreadResponse422Type] = {
    "/problems/validation-error",
}


def check_update_thread_response_422_type(value: str) -> UpdateThreadResponse422Type:
    if value in UPDATE_THREAD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_422_TYPE_VALUES!r}"
    )
