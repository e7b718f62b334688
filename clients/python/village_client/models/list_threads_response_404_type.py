from typing import Literal

ListThreadsResponse404Type = Literal["/problems/not-found"]

LIST_THREADS_RESPONSE_404_TYPE_VALUES: set[ListThreadsResponse404Type] = {
    "/problems/not-found",
}


def check_list_threads_response_404_type(value: str) -> ListThreadsResponse404Type:
    if value in LIST_THREADS_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_404_TYPE_VALUES!r}"
    )
