from typing import Literal

UnreadCountResponse503Type = Literal["/problems/service-unavailable"]

UNREAD_COUNT_RESPONSE_503_TYPE_VALUES: set[UnreadCountResponse503Type] = {
    "/problems/service-unavailable",
}


def check_unread_count_response_503_type(value: str) -> UnreadCountResponse503Type:
    if value in UNREAD_COUNT_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_503_TYPE_VALUES!r}"
    )
