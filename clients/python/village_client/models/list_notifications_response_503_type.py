from typing import Literal

ListNotificationsResponse503Type = Literal["/problems/service-unavailable"]

LIST_NOTIFICATIONS_RESPONSE_503_TYPE_VALUES: set[ListNotificationsResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_notifications_response_503_type(value: str) -> ListNotificationsResponse503Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_503_TYPE_VALUES!r}"
    )
