from typing import Literal

ListNotificationsResponse429Type = Literal["/problems/rate-limited"]

LIST_NOTIFICATIONS_RESPONSE_429_TYPE_VALUES: set[ListNotificationsResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_notifications_response_429_type(value: str) -> ListNotificationsResponse429Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_429_TYPE_VALUES!r}"
    )
