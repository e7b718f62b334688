from typing import Literal

MarkReadResponse500Type = Literal["/problems/internal-error"]

MARK_READ_RESPONSE_500_TYPE_VALUES: set[MarkReadResponse500Type] = {
    "/problems/internal-error",
}


def check_mark_read_response_500_type(value: str) -> MarkReadResponse500Type:
    if value in MARK_READ_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_500_TYPE_VALUES!r}"
    )
