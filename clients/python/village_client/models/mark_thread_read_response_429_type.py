from typing import Literal

MarkThreadReadResponse429Type = Literal["/problems/rate-limited"]

MARK_THREAD_READ_RESPONSE_429_TYPE_VALUES: set[MarkThreadReadResponse429Type] = {
    "/problems/rate-limited",
}


def check_mark_thread_read_response_429_type(value: str) -> MarkThreadReadResponse429Type:
    if value in MARK_THREAD_READ_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_429_TYPE_VALUES!r}"
    )
