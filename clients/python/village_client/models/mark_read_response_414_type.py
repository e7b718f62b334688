from typing import Literal

MarkReadResponse414Type = Literal["/problems/uri-too-long"]

MARK_READ_RESPONSE_414_TYPE_VALUES: set[MarkReadResponse414Type] = {
    "/problems/uri-too-long",
}


def check_mark_read_response_414_type(value: str) -> MarkReadResponse414Type:
    if value in MARK_READ_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_414_TYPE_VALUES!r}"
    )
