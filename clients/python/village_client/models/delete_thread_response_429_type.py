from typing import Literal

DeleteThreadResponse429Type = Literal["/problems/rate-limited"]

DELETE_THREAD_RESPONSE_429_TYPE_VALUES: set[DeleteThreadResponse429Type] = {
    "/problems/rate-limited",
}


def check_delete_thread_response_429_type(value: str) -> DeleteThreadResponse429Type:
    if value in DELETE_THREAD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_429_TYPE_VALUES!r}"
    )
