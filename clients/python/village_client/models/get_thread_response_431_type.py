from typing import Literal

GetThreadResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_THREAD_RESPONSE_431_TYPE_VALUES: set[GetThreadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_thread_response_431_type(value: str) -> GetThreadResponse431Type:
    if value in GET_THREAD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_431_TYPE_VALUES!r}"
    )
