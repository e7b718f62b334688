from typing import Literal

GetThreadResponse414Type = Literal["/problems/uri-too-long"]

GET_THREAD_RESPONSE_414_TYPE_VALUES: set[GetThreadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_thread_response_414_type(value: str) -> GetThreadResponse414Type:
    if value in GET_THREAD_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_414_TYPE_VALUES!r}"
    )
