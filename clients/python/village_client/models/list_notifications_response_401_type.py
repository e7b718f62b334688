from typing import Literal

ListNotificationsResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_NOTIFICATIONS_RESPONSE_401_TYPE_VALUES: set[ListNotificationsResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_notifications_response_401_type(value: str) -> ListNotificationsResponse401Type:
    if value in LIST_NOTIFICATIONS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_NOTIFICATIONS_RESPONSE_401_TYPE_VALUES!r}"
    )
