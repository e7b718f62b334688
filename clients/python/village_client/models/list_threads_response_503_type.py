from typing import Literal

ListThreadsResponse503Type = Literal["/problems/service-unavailable"]

LIST_THREADS_RESPONSE_503_TYPE_VALUES: set[ListThreadsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_threads_response_503_type(value: str) -> ListThreadsResponse503Type:
    if value in LIST_THREADS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_503_TYPE_VALUES!r}"
    )
