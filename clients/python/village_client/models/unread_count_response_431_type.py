from typing import Literal

UnreadCountResponse431Type = Literal["/problems/request-header-fields-too-large"]

UNREAD_COUNT_RESPONSE_431_TYPE_VALUES: set[UnreadCountResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_unread_count_response_431_type(value: str) -> UnreadCountResponse431Type:
    if value in UNREAD_COUNT_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_431_TYPE_VALUES!r}"
    )
