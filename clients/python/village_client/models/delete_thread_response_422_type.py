from typing import Literal

DeleteThreadResponse422Type = Literal["/problems/validation-error"]

DELETE_THREAD_RESPONSE_422_TYPE_VALUES: set[DeleteThreadResponse422Type] = {
    "/problems/validation-error",
}


def check_delete_thread_response_422_type(value: str) -> DeleteThreadResponse422Type:
    if value in DELETE_THREAD_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_422_TYPE_VALUES!r}"
    )
