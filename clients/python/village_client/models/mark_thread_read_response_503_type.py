from typing import Literal

MarkThreadReadResponse503Type = Literal["/problems/service-unavailable"]

MARK_THREAD_READ_RESPONSE_503_TYPE_VALUES: set[MarkThreadReadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_mark_thread_read_response_503_type(value: str) -> MarkThreadReadResponse503Type:
    if value in MARK_THREAD_READ_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_503_TYPE_VALUES!r}"
    )
