from typing import Literal

ListThreadsResponse401Type = Literal["/problems/invalid-token"]

LIST_THREADS_RESPONSE_401_TYPE_VALUES: set[ListThreadsResponse401Type] = {
    "/problems/invalid-token",
}


def check_list_threads_response_401_type(value: str) -> ListThreadsResponse401Type:
    if value in LIST_THREADS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_401_TYPE_VALUES!r}"
    )
