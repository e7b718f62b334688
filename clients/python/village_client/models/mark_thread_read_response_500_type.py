from typing import Literal

MarkThreadReadResponse500Type = Literal["/problems/internal-error"]

MARK_THREAD_READ_RESPONSE_500_TYPE_VALUES: set[MarkThreadReadResponse500Type] = {
    "/problems/internal-error",
}


def check_mark_thread_read_response_500_type(value: str) -> MarkThreadReadResponse500Type:
    if value in MARK_THREAD_READ_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_500_TYPE_VALUES!r}"
    )
