from typing import Literal

MarkThreadReadResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

MARK_THREAD_READ_RESPONSE_401_TYPE_VALUES: set[MarkThreadReadResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_mark_thread_read_response_401_type(value: str) -> MarkThreadReadResponse401Type:
    if value in MARK_THREAD_READ_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_401_TYPE_VALUES!r}"
    )
