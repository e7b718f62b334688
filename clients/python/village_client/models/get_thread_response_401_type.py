from typing import Literal

GetThreadResponse401Type = Literal["/problems/invalid-token"]

GET_THREAD_RESPONSE_401_TYPE_VALUES: set[GetThreadResponse401Type] = {
    "/problems/invalid-token",
}


def check_get_thread_response_401_type(value: str) -> GetThreadResponse401Type:
    if value in GET_THREAD_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_401_TYPE_VALUES!r}"
    )
