from typing import Literal

GetThreadResponse422Type = Literal["/problems/validation-error"]

GET_THREAD_RESPONSE_422_TYPE_VALUES: set[GetThreadResponse422Type] = {
    "/problems/validation-error",
}


def check_get_thread_response_422_type(value: str) -> GetThreadResponse422Type:
    if value in GET_THREAD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_422_TYPE_VALUES!r}"
    )
