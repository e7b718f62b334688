from typing import Literal

UpdateThreadResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UPDATE_THREAD_RESPONSE_401_TYPE_VALUES: set[UpdateThreadResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_update_thread_response_401_type(value: str) -> UpdateThreadResponse401Type:
    if value in UPDATE_THREAD_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_401_TYPE_VALUES!r}"
    )
