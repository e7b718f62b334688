from typing import Literal

UpdateThreadResponse503Type = Literal["/problems/service-unavailable"]

UPDATE_THREAD_RESPONSE_503_TYPE_VALUES: set[UpdateThreadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_update_thread_response_503_type(value: str) -> UpdateThreadResponse503Type:
    if value in UPDATE_THREAD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_THREAD_RESPONSE_503_TYPE_VALUES!r}"
    )
