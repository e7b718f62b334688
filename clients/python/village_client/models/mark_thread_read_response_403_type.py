from typing import Literal

MarkThreadReadResponse403Type = Literal["/problems/insufficient-scope"]

MARK_THREAD_READ_RESPONSE_403_TYPE_VALUES: set[MarkThreadReadResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_mark_thread_read_response_403_type(value: str) -> MarkThreadReadResponse403Type:
    if value in MARK_THREAD_READ_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_403_TYPE_VALUES!r}"
    )
