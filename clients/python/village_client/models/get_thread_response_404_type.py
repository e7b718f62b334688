from typing import Literal

GetThreadResponse404Type = Literal["/problems/not-found"]

GET_THREAD_RESPONSE_404_TYPE_VALUES: set[GetThreadResponse404Type] = {
    "/problems/not-found",
}


def check_get_thread_response_404_type(value: str) -> GetThreadResponse404Type:
    if value in GET_THREAD_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_404_TYPE_VALUES!r}"
    )
