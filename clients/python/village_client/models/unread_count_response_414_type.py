from typing import Literal

UnreadCountResponse414Type = Literal["/problems/uri-too-long"]

UNREAD_COUNT_RESPONSE_414_TYPE_VALUES: set[UnreadCountResponse414Type] = {
    "/problems/uri-too-long",
}


def check_unread_count_response_414_type(value: str) -> UnreadCountResponse414Type:
    if value in UNREAD_COUNT_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_414_TYPE_VALUES!r}"
    )
