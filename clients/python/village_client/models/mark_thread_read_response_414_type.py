from typing import Literal

MarkThreadReadResponse414Type = Literal["/problems/uri-too-long"]

MARK_THREAD_READ_RESPONSE_414_TYPE_VALUES: set[MarkThreadReadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_mark_thread_read_response_414_type(value: str) -> MarkThreadReadResponse414Type:
    if value in MARK_THREAD_READ_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_414_TYPE_VALUES!r}"
    )
