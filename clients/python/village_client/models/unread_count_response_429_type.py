from typing import Literal

UnreadCountResponse429Type = Literal["/problems/rate-limited"]

UNREAD_COUNT_RESPONSE_429_TYPE_VALUES: set[UnreadCountResponse429Type] = {
    "/problems/rate-limited",
}


def check_unread_count_response_429_type(value: str) -> UnreadCountResponse429Type:
    if value in UNREAD_COUNT_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_429_TYPE_VALUES!r}"
    )
