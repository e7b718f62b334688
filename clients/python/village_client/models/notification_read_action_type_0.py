from typing import Literal

NotificationReadActionType0 = Literal[
    "approved",
    "cancelled",
    "changed",
    "deleted",
    "flag_resolved",
    "hidden",
    "promoted",
    "reminder",
    "restored",
]

NOTIFICATION_READ_ACTION_TYPE_0_VALUES: set[NotificationReadActionType0] = {
    "approved",
    "cancelled",
    "changed",
    "deleted",
    "flag_resolved",
    "hidden",
    "promoted",
    "reminder",
    "restored",
}


def check_notification_read_action_type_0(value: str) -> NotificationReadActionType0:
    if value in NOTIFICATION_READ_ACTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_READ_ACTION_TYPE_0_VALUES!r}"
    )
