from typing import Literal

MarkThreadReadResponse400Type = Literal["/problems/malformed-json"]

MARK_THREAD_READ_RESPONSE_400_TYPE_VALUES: set[MarkThreadReadResponse400Type] = {
    "/problems/malformed-json",
}


def check_mark_thread_read_response_400_type(value: str) -> MarkThreadReadResponse400Type:
    if value in MARK_THREAD_READ_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_400_TYPE_VALUES!r}"
    )
