from typing import Literal

GetThreadResponse403Type = Literal["/problems/insufficient-scope"]

GET_THREAD_RESPONSE_403_TYPE_VALUES: set[GetThreadResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_get_thread_response_403_type(value: str) -> GetThreadResponse403Type:
    if value in GET_THREAD_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_THREAD_RESPONSE_403_TYPE_VALUES!r}"
    )
