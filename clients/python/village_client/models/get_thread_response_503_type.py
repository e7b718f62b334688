from typing import Literal

GetThreadResponse503Type = Literal["/problems/service-unavailable"]

GET_THREAD_RESPONSE_503_TYPE_VALUES: set[GetThreadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_thread_response_503_type(value: str) -> GetThreadResponse503Type:
    if value in GET_THREAD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_503_TYPE_VALUES!r}"
    )
