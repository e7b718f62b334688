from typing import Literal

NotificationKind = Literal["meetup", "mention", "moderation", "quote", "reply", "watching"]

NOTIFICATION_KIND_VALUES: set[NotificationKind] = {
    "meetup",
    "mention",
    "moderation",
    "quote",
    "reply",
    "watching",
}


def check_notification_kind(value: str) -> NotificationKind:
    if value in NOTIFICATION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTIFICATION_KIND_VALUES!r}")
