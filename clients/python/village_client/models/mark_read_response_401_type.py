from typing import Literal

MarkReadResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

MARK_READ_RESPONSE_401_TYPE_VALUES: set[MarkReadResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_mark_read_response_401_type(value: str) -> MarkReadResponse401Type:
    if value in MARK_READ_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARK_READ_RESPONSE_401_TYPE_VALUES!r}"
    )
