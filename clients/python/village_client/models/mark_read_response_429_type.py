from typing import Literal

MarkReadResponse429Type = Literal["/problems/rate-limited"]

MARK_READ_RESPONSE_429_TYPE_VALUES: set[MarkReadResponse429Type] = {
    "/problems/rate-limited",
}


def check_mark_read_response_429_type(value: str) -> MarkReadResponse429Type:
    if value in MARK_READ_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_429_TYPE_VALUES!r}"
    )
