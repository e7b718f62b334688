from typing import Literal

DeleteThreadResponse431Type = Literal["/problems/request-header-fields-too-large"]

DELETE_THREAD_RESPONSE_431_TYPE_VALUES: set[DeleteThreadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_delete_thread_response_431_type(value: str) -> DeleteThreadResponse431Type:
    if value in DELETE_THREAD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_431_TYPE_VALUES!r}"
    )
