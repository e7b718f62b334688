from typing import Literal

WebhookCreateWebhookEventKind = Literal[
    "flag.created",
    "flag.resolved",
    "group.created",
    "meetup.cancelled",
    "meetup.created",
    "meetup.updated",
    "member.left",
    "post.created",
    "post.deleted",
    "post.hidden",
    "post.unhidden",
    "post.updated",
    "thread.created",
    "thread.deleted",
    "thread.updated",
    "user.suspended",
    "user.unsuspended",
]

WEBHOOK_CREATE_WEBHOOK_EVENT_KIND_VALUES: set[WebhookCreateWebhookEventKind] = {
    "flag.created",
    "flag.resolved",
    "group.created",
    "meetup.cancelled",
    "meetup.created",
    "meetup.updated",
    "member.left",
    "post.created",
    "post.deleted",
    "post.hidden",
    "post.unhidden",
    "post.updated",
    "thread.created",
    "thread.deleted",
    "thread.updated",
    "user.suspended",
    "user.unsuspended",
}


def check_webhook_create_webhook_event_kind(value: str) -> WebhookCreateWebhookEventKind:
    if value in WEBHOOK_CREATE_WEBHOOK_EVENT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_CREATE_WEBHOOK_EVENT_KIND_VALUES!r}"
    )
