from typing import Literal

MarkReadResponse431Type = Literal["/problems/request-header-fields-too-large"]

MARK_READ_RESPONSE_431_TYPE_VALUES: set[MarkReadResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_mark_read_response_431_type(value: str) -> MarkReadResponse431Type:
    if value in MARK_READ_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_431_TYPE_VALUES!r}"
    )
