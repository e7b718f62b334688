from typing import Literal

MarkThreadReadResponse404Type = Literal["/problems/not-found"]

MARK_THREAD_READ_RESPONSE_404_TYPE_VALUES: set[MarkThreadReadResponse404Type] = {
    "/problems/not-found",
}


def check_mark_thread_read_response_404_type(value: str) -> MarkThreadReadResponse404Type:
    if value in MARK_THREAD_READ_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_404_TYPE_VALUES!r}"
    )
