from typing import Literal

UnreadCountResponse403Type = Literal["/problems/insufficient-scope"]

UNREAD_COUNT_RESPONSE_403_TYPE_VALUES: set[UnreadCountResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_unread_count_response_403_type(value: str) -> UnreadCountResponse403Type:
    if value in UNREAD_COUNT_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNREAD_COUNT_RESPONSE_403_TYPE_VALUES!r}"
    )
