from typing import Literal

ListNotificationsResponse414Type = Literal["/problems/uri-too-long"]

LIST_NOTIFICATIONS_RESPONSE_414_TYPE_VALUES: set[ListNotificationsResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_notifications_response_414_type(value: str) -> ListNotificationsResponse414Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_414_TYPE_VALUES!r}"
    )
