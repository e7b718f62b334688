from typing import Literal

ListNotificationsResponse400Type = Literal["/problems/invalid-cursor"]

LIST_NOTIFICATIONS_RESPONSE_400_TYPE_VALUES: set[ListNotificationsResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_notifications_response_400_type(value: str) -> ListNotificationsResponse400Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_400_TYPE_VALUES!r}"
    )
