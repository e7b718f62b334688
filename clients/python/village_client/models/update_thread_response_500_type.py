from typing import Literal

UpdateThreadResponse500Type = Literal["/problems/internal-error"]

UPDATE_THREAD_RESPONSE_500_TYPE_VALUES: set[UpdateThreadResponse500Type] = {
    "/problems/internal-error",
}


def check_update_thread_response_500_type(value: str) -> UpdateThreadResponse500Type:
    if value in UPDATE_THREAD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_500_TYPE_VALUES!r}"
    )
