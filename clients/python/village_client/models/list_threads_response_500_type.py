from typing import Literal

ListThreadsResponse500Type = Literal["/problems/internal-error"]

LIST_THREADS_RESPONSE_500_TYPE_VALUES: set[ListThreadsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_threads_response_500_type(value: str) -> ListThreadsResponse500Type:
    if value in LIST_THREADS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_500_TYPE_VALUES!r}"
    )
