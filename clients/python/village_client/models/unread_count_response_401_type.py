from typing import Literal

UnreadCountResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

UNREAD_COUNT_RESPONSE_401_TYPE_VALUES: set[UnreadCountResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_unread_count_response_401_type(value: str) -> UnreadCountResponse401Type:
    if value in UNREAD_COUNT_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_401_TYPE_VALUES!r}"
    )
