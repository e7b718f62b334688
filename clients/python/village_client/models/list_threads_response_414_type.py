from typing import Literal

ListThreadsResponse414Type = Literal["/problems/uri-too-long"]

LIST_THREADS_RESPONSE_414_TYPE_VALUES: set[ListThreadsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_threads_response_414_type(value: str) -> ListThreadsResponse414Type:
    if value in LIST_THREADS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_414_TYPE_VALUES!r}"
    )
