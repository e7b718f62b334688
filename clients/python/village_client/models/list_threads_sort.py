from typing import Literal

ListThreadsSort = Literal["active", "new"]

LIST_THREADS_SORT_VALUES: set[ListThreadsSort] = {
    "active",
    "new",
}


def check_list_threads_sort(value: str) -> ListThreadsSort:
    if value in LIST_THREADS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_THREADS_SORT_VALUES!r}")
