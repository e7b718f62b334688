from typing import Literal

ListThreadsResponse422Type = Literal["/problems/validation-error"]

LIST_THREADS_RESPONSE_422_TYPE_VALUES: set[ListThreadsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_threads_response_422_type(value: str) -> ListThreadsResponse422Type:
    if value in LIST_THREADS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_422_TYPE_VALUES!r}"
    )
