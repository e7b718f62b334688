from typing import Literal

CreateThreadResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_THREAD_RESPONSE_431_TYPE_VALUES: set[CreateThreadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_thread_response_431_type(value: str) -> CreateThreadResponse431Type:
    if value in CREATE_THREAD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_431_TYPE_VALUES!r}"
    )
