from typing import Literal

ListNotificationsResponse403Type = Literal["/problems/insufficient-scope"]

LIST_NOTIFICATIONS_RESPONSE_403_TYPE_VALUES: set[ListNotificationsResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_list_notifications_response_403_type(value: str) -> ListNotificationsResponse403Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_403_TYPE_VALUES!r}"
    )
