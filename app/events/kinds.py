"""The kinds of domain event, each a frozen dataclass of ids and facts (never a rendered
resource: who may see what is decided when an event is shown, per viewer).

The outbox stores `payload()`; `Event.load` turns a stored row back into its type. New kinds
(notifications, meet-ups, …) are added here with their own fields."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar


class EventKind(enum.StrEnum):
    post_created = "post.created"
    post_updated = "post.updated"
    post_hidden = "post.hidden"
    post_unhidden = "post.unhidden"
    post_deleted = "post.deleted"
    thread_created = "thread.created"
    thread_updated = "thread.updated"
    thread_deleted = "thread.deleted"
    flag_created = "flag.created"
    flag_resolved = "flag.resolved"
    user_suspended = "user.suspended"
    user_unsuspended = "user.unsuspended"
    member_left = "member.left"
    notification_created = "notification.created"
    group_created = "group.created"
    meetup_created = "meetup.created"
    meetup_updated = "meetup.updated"
    meetup_cancelled = "meetup.cancelled"
    rsvp_changed = "rsvp.changed"
    rsvp_promoted = "rsvp.promoted"
    rsvp_approved = "rsvp.approved"
    meetup_reminder_due = "meetup.reminder_due"


# Events about one member's own affairs: shown to that member only, never to webhooks.
# Who answered which meet-up is the members' own business too.
PRIVATE_KINDS: frozenset[EventKind] = frozenset(
    {
        EventKind.notification_created,
        EventKind.rsvp_changed,
        EventKind.rsvp_promoted,
        EventKind.rsvp_approved,
        EventKind.meetup_reminder_due,
    }
)

_TYPES: dict[EventKind, type[Event]] = {}


@dataclass(frozen=True, kw_only=True)
class Event:
    kind: ClassVar[EventKind]
    # The thread the event belongs to (live streams subscribe by thread), if any.
    thread_id: int | None = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _TYPES[cls.kind] = cls

    def payload(self) -> dict[str, Any]:
        """The event's fields in JSON types (datetimes as ISO 8601)."""
        return {
            name: value.isoformat() if isinstance(value, datetime) else value
            for name, value in dataclasses.asdict(self).items()
        }

    @staticmethod
    def load(kind: str, payload: dict[str, Any]) -> Event:
        """The typed event from an outbox row; unknown fields (from a newer writer) ignored."""
        cls = _TYPES[EventKind(kind)]
        fields = {field.name: field for field in dataclasses.fields(cls)}
        values = {name: value for name, value in payload.items() if name in fields}
        for name, value in values.items():
            if fields[name].type in ("datetime", "datetime | None") and value is not None:
                values[name] = datetime.fromisoformat(value)
        return cls(**values)


@dataclass(frozen=True, kw_only=True)
class PostCreated(Event):
    kind = EventKind.post_created
    thread_id: int
    post_id: int
    number: int


@dataclass(frozen=True, kw_only=True)
class PostUpdated(Event):
    """The post changed: its body was edited, or a moderator restored it after a delete."""

    kind = EventKind.post_updated
    thread_id: int
    post_id: int
    restored: bool = False  # a moderator's restore after a delete (its author is told)


@dataclass(frozen=True, kw_only=True)
class PostHidden(Event):
    kind = EventKind.post_hidden
    thread_id: int
    post_id: int
    reason: str
    automatic: bool = False  # hidden by members' reports, not by a moderator's hand


@dataclass(frozen=True, kw_only=True)
class PostUnhidden(Event):
    kind = EventKind.post_unhidden
    thread_id: int
    post_id: int


@dataclass(frozen=True, kw_only=True)
class PostDeleted(Event):
    kind = EventKind.post_deleted
    thread_id: int
    post_id: int
    reason: str | None = None  # a moderator's, told to the author (never to webhooks)


@dataclass(frozen=True, kw_only=True)
class ThreadCreated(Event):
    kind = EventKind.thread_created
    thread_id: int
    category_id: int
    first_post_id: int


@dataclass(frozen=True, kw_only=True)
class ThreadUpdated(Event):
    kind = EventKind.thread_updated
    thread_id: int
    # of "title", "category", "is_pinned", "is_locked", "is_deleted" (restored)
    changed: list[str]


@dataclass(frozen=True, kw_only=True)
class ThreadDeleted(Event):
    kind = EventKind.thread_deleted
    thread_id: int


@dataclass(frozen=True, kw_only=True)
class FlagCreated(Event):
    kind = EventKind.flag_created
    thread_id: int
    flag_id: int
    post_id: int
    reason: str


@dataclass(frozen=True, kw_only=True)
class FlagResolved(Event):
    kind = EventKind.flag_resolved
    thread_id: int
    post_id: int
    action: str  # dismiss, hide or delete
    flag_ids: list[int]
    # Who reported it, to tell each of them (notifications); never shown to anyone else.
    reporter_ids: list[int] = dataclasses.field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class UserSuspended(Event):
    kind = EventKind.user_suspended
    user_id: int
    until: datetime
    reason: str


@dataclass(frozen=True, kw_only=True)
class UserUnsuspended(Event):
    kind = EventKind.user_unsuspended
    user_id: int


@dataclass(frozen=True, kw_only=True)
class MemberLeft(Event):
    """A member deleted their account (DELETE /me). Each domain erases what was theirs in the
    same transaction (`on`): the forum their reactions and, with `erase_posts`, their posts'
    words; moderation the reports they had claimed."""

    kind = EventKind.member_left
    user_id: int
    erase_posts: bool


@dataclass(frozen=True, kw_only=True)
class NotificationsCreated(Event):
    """The worker told members of something: `notification_ids[i]` is `user_ids[i]`'s new
    notification. One event per fan-out, however many members it reached; live streams of
    those members show each their own (`GET /events?notifications=true`), and emails follow
    from it."""

    kind = EventKind.notification_created
    user_ids: list[int]
    notification_ids: list[int]


# Meet-ups (app/meetups). `thread_id` is the meet-up's discussion thread.


@dataclass(frozen=True, kw_only=True)
class GroupCreated(Event):
    kind = EventKind.group_created
    group_id: int
    category_id: int


@dataclass(frozen=True, kw_only=True)
class MeetupCreated(Event):
    kind = EventKind.meetup_created
    thread_id: int
    meetup_id: int


@dataclass(frozen=True, kw_only=True)
class MeetupUpdated(Event):
    """The host or a moderator changed it; those who answered it are told when `changed`
    holds something they plan by (time, place, capacity)."""

    kind = EventKind.meetup_updated
    thread_id: int
    meetup_id: int
    # of "title", "description", "kind", "starts_at", "ends_at", "venue", "area",
    # "capacity", "requires_approval", "is_hidden"
    changed: list[str]


@dataclass(frozen=True, kw_only=True)
class MeetupCancelled(Event):
    kind = EventKind.meetup_cancelled
    thread_id: int
    meetup_id: int
    by_moderator: bool = False
    reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class RsvpChanged(Event):
    """A member's answer changed (`status` the new one; `waitlisted` if it waits)."""

    kind = EventKind.rsvp_changed
    thread_id: int
    meetup_id: int
    user_id: int
    status: str
    waitlisted: bool = False


@dataclass(frozen=True, kw_only=True)
class RsvpPromoted(Event):
    """A place freed up and these members moved off the waitlist to going (they are told)."""

    kind = EventKind.rsvp_promoted
    thread_id: int
    meetup_id: int
    user_ids: list[int]


@dataclass(frozen=True, kw_only=True)
class RsvpApproved(Event):
    """The host said yes to a member's request to go (waitlisted if the meet-up was full)."""

    kind = EventKind.rsvp_approved
    thread_id: int
    meetup_id: int
    user_id: int
    waitlisted: bool = False


@dataclass(frozen=True, kw_only=True)
class MeetupReminderDue(Event):
    """The meet-up starts within a day: everyone going is reminded, once."""

    kind = EventKind.meetup_reminder_due
    thread_id: int
    meetup_id: int
