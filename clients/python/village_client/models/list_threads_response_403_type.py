from typing import Literal

ListThreadsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_THREADS_RESPONSE_403_TYPE_VALUES: set[ListThreadsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_threads_response_403_type(value: str) -> ListThreadsResponse403Type:
    if value in LIST_THREADS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_403_TYPE_VALUES!r}"
    )
