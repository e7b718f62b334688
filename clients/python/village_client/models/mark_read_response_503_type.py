from typing import Literal

MarkReadResponse503Type = Literal["/problems/service-unavailable"]

MARK_READ_RESPONSE_503_TYPE_VALUES: set[MarkReadResponse503Type] = {
    "/problems/service-unavailable",
}


def check_mark_read_response_503_type(value: str) -> MarkReadResponse503Type:
    if value in MARK_READ_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_503_TYPE_VALUES!r}"
    )
