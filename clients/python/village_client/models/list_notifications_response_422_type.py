from typing import Literal

ListNotificationsResponse422Type = Literal["/problems/validation-error"]

LIST_NOTIFICATIONS_RESPONSE_422_TYPE_VALUES: set[ListNotificationsResponse422Type] = {
    "/problems/validation-error",
}


def check_list_notifications_response_422_type(value: str) -> ListNotificationsResponse422Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_422_TYPE_VALUES!r}"
    )
