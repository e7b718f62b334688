from typing import Literal

ListThreadsResponse429Type = Literal["/problems/rate-limited"]

LIST_THREADS_RESPONSE_429_TYPE_VALUES: set[ListThreadsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_threads_response_429_type(value: str) -> ListThreadsResponse429Type:
    if value in LIST_THREADS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_429_TYPE_VALUES!r}"
    )
