from typing import Literal

DeleteThreadResponse503Type = Literal["/problems/service-unavailable"]

DELETE_THREAD_RESPONSE_503_TYPE_VALUES: set[DeleteThreadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_delete_thread_response_503_type(value: str) -> DeleteThreadResponse503Type:
    if value in DELETE_THREAD_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_503_TYPE_VALUES!r}"
    )
