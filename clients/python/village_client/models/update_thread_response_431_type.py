from typing import Literal

UpdateThreadResponse431Type = Literal["/problems/request-header-fields-too-large"]

UPDATE_THREAD_RESPONSE_431_TYPE_VALUES: set[UpdateThreadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_update_thread_response_431_type(value: str) -> UpdateThreadResponse431Type:
    if value in UPDATE_THREAD_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_431_TYPE_VALUES!r}"
    )
