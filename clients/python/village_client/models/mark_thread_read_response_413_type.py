from typing import Literal

MarkThreadReadResponse413Type = Literal["/problems/payload-too-large"]

MARK_THREAD_READ_RESPONSE_413_TYPE_VALUES: set[MarkThreadReadResponse413Type] = {
    "/problems/payload-too-large",
}


def check_mark_thread_read_response_413_type(value: str) -> MarkThreadReadResponse413Type:
    if value in MARK_THREAD_READ_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_413_TYPE_VALUES!r}"
    )
