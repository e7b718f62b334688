from typing import Literal

GetThreadResponse500Type = Literal["/problems/internal-error"]

GET_THREAD_RESPONSE_500_TYPE_VALUES: set[GetThreadResponse500Type] = {
    "/problems/internal-error",
}


def check_get_thread_response_500_type(value: str) -> GetThreadResponse500Type:
    if value in GET_THREAD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_500_TYPE_VALUES!r}"
    )
