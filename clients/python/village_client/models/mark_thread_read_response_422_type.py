from typing import Literal

MarkThreadReadResponse422Type = Literal["/problems/validation-error"]

MARK_THREAD_READ_RESPONSE_422_TYPE_VALUES: set[MarkThreadReadResponse422Type] = {
    "/problems/validation-error",
}


def check_mark_thread_read_response_422_type(value: str) -> MarkThreadReadResponse422Type:
    if value in MARK_THREAD_READ_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_422_TYPE_VALUES!r}"
    )
