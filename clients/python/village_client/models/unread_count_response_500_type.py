from typing import Literal

UnreadCountResponse500Type = Literal["/problems/internal-error"]

UNREAD_COUNT_RESPONSE_500_TYPE_VALUES: set[UnreadCountResponse500Type] = {
    "/problems/internal-error",
}


def check_unread_count_response_500_type(value: str) -> UnreadCountResponse500Type:
    if value in UNREAD_COUNT_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_500_TYPE_VALUES!r}"
    )
