from typing import Literal

MarkThreadReadResponse431Type = Literal["/problems/request-header-fields-too-large"]

MARK_THREAD_READ_RESPONSE_431_TYPE_VALUES: set[MarkThreadReadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_mark_thread_read_response_431_type(value: str) -> MarkThreadReadResponse431Type:
    if value in MARK_THREAD_READ_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_THREAD_READ_RESPONSE_431_TYPE_VALUES!r}"
    )
