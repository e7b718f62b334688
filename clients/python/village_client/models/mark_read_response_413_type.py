from typing import Literal

MarkReadResponse413Type = Literal["/problems/payload-too-large"]

MARK_READ_RESPONSE_413_TYPE_VALUES: set[MarkReadResponse413Type] = {
    "/problems/payload-too-large",
}


def check_mark_read_response_413_type(value: str) -> MarkReadResponse413Type:
    if value in MARK_READ_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_413_TYPE_VALUES!r}"
    )
