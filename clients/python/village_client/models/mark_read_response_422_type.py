from typing import Literal

MarkReadResponse422Type = Literal["/problems/validation-error"]

MARK_READ_RESPONSE_422_TYPE_VALUES: set[MarkReadResponse422Type] = {
    "/problems/validation-error",
}


def check_mark_read_response_422_type(value: str) -> MarkReadResponse422Type:
    if value in MARK_READ_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_422_TYPE_VALUES!r}"
    )
