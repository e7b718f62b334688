from typing import Literal

ListNotificationsResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_NOTIFICATIONS_RESPONSE_431_TYPE_VALUES: set[ListNotificationsResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_notifications_response_431_type(value: str) -> ListNotificationsResponse431Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_431_TYPE_VALUES!r}"
    )
