from typing import Literal

DeleteThreadResponse500Type = Literal["/problems/internal-error"]

DELETE_THREAD_RESPONSE_500_TYPE_VALUES: set[DeleteThreadResponse500Type] = {
    "/problems/internal-error",
}


def check_delete_thread_response_500_type(value: str) -> DeleteThreadResponse500Type:
    if value in DELETE_THREAD_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_THREAD_RESPONSE_500_TYPE_VALUES!r}"
    )
