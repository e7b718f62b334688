from typing import Literal

GetThreadResponse429Type = Literal["/problems/rate-limited"]

GET_THREAD_RESPONSE_429_TYPE_VALUES: set[GetThreadResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_thread_response_429_type(value: str) -> GetThreadResponse429Type:
    if value in GET_THREAD_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_429_TYPE_VALUES!r}"
    )
