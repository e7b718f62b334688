from typing import Literal

UpdateThreadResponse429Type = Literal["/problems/rate-limited"]

UPDATE_THREAD_RESPONSE_429_TYPE_VALUES: set[UpdateThreadResponse429Type] = {
    "/problems/rate-limited",
}


def check_update_thread_response_429_type(value: str) -> UpdateThreadResponse429Type:
    if value in UPDATE_THREAD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_429_TYPE_VALUES!r}"
    )
