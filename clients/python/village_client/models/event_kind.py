from typing import Literal

EventKind = Literal[
    "flag.created",
    "flag.resolved",
    "group.created",
    "meetup.cancelled",
    "meetup.created",
    "meetup.reminder_due",
    "meetup.updated",
    "member.left",
    "notification.created",
    "post.created",
    "post.deleted",
    "post.hidden",
    "post.unhidden",
    "post.updated",
    "rsvp.approved",
    "rsvp.changed",
    "rsvp.promoted",
    "thread.created",
    "thread.deleted",
    "thread.updated",
    "user.suspended",
    "user.unsuspended",
]

EVENT_KIND_VALUES: set[EventKind] = {
    "flag.created",
    "flag.resolved",
    "group.created",
    "meetup.cancelled",
    "meetup.created",
    "meetup.reminder_due",
    "meetup.updated",
    "member.left",
    "notification.created",
    "post.created",
    "post.deleted",
    "post.hidden",
    "post.unhidden",
    "post.updated",
    "rsvp.approved",
    "rsvp.changed",
    "rsvp.promoted",
    "thread.created",
    "thread.deleted",
    "thread.updated",
    "user.suspended",
    "user.unsuspended",
}


def check_event_kind(value: str) -> EventKind:
    if value in EVENT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_KIND_VALUES!r}")
