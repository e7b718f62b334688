from typing import Literal

ListNotificationsResponse500Type = Literal["/problems/internal-error"]

LIST_NOTIFICATIONS_RESPONSE_500_TYPE_VALUES: set[ListNotificationsResponse500Type] = {
    "/problems/internal-error",
}


def check_list_notifications_response_500_type(value: str) -> ListNotificationsResponse500Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_500_TYPE_VALUES!r}"
    )
