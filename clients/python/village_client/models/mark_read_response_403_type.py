from typing import Literal

MarkReadResponse403Type = Literal["/problems/insufficient-scope"]

MARK_READ_RESPONSE_403_TYPE_VALUES: set[MarkReadResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_mark_read_response_403_type(value: str) -> MarkReadResponse403Type:
    if value in MARK_READ_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_403_TYPE_VALUES!r}"
    )
