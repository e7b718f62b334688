from typing import Literal

DeleteThreadResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

DELETE_THREAD_RESPONSE_401_TYPE_VALUES: set[DeleteThreadResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_delete_thread_response_401_type(value: str) -> DeleteThreadResponse401Type:
    if value in DELETE_THREAD_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_401_TYPE_VALUES!r}"
    )
