from typing import Literal

ListThreadsResponse400Type = Literal["/problems/invalid-cursor"]

LIST_THREADS_RESPONSE_400_TYPE_VALUES: set[ListThreadsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_threads_response_400_type(value: str) -> ListThreadsResponse400Type:
    if value in LIST_THREADS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_400_TYPE_VALUES!r}"
    )
