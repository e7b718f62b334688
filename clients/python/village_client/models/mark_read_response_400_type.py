from typing import Literal

MarkReadResponse400Type = Literal["/problems/malformed-json"]

MARK_READ_RESPONSE_400_TYPE_VALUES: set[MarkReadResponse400Type] = {
    "/problems/malformed-json",
}


def check_mark_read_response_400_type(value: str) -> MarkReadResponse400Type:
    if value in MARK_READ_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_400_TYPE_VALUES!r}"
    )
