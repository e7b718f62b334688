from typing import Literal

ListThreadsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_THREADS_RESPONSE_431_TYPE_VALUES: set[ListThreadsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_threads_response_431_type(value: str) -> ListThreadsResponse431Type:
    if value in LIST_THREADS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_THREADS_RESPONSE_431_TYPE_VALUES!r}"
    )
