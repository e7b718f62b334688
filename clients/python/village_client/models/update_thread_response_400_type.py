from typing import Literal

UpdateThreadResponse400Type = Literal["/problems/malformed-json"]

UPDATE_THREAD_RESPONSE_400_TYPE_VALUES: set[UpdateThreadResponse400Type] = {
    "/problems/malformed-json",
}


def check_update_thread_response_400_type(value: str) -> UpdateThreadResponse400Type:
    if value in UPDATE_THREAD_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_400_TYPE_VALUES!r}"
    )
