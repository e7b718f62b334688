"""Meet-up notifications, made by the worker from committed meet-up events (a durable
consumer, like the forum's fan-out in app/notifications/fanout.py, whose `notify` it uses).

Each event becomes at most ONE `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING` of
`meetup` notifications (the database picks the recipients from `rsvps`; `source_event_id`
makes an event met twice tell nobody twice), announced by ONE NotificationsCreated, so
live streams and emails (emails.py) follow:

- `changed`: the host or a moderator changed something members plan by (time, place, kind,
  title) → everyone who answered going (waitlisted too), maybe or pending, but the one who
  changed it; not once the meet-up is cancelled or hidden.
- `cancelled` (with the reason given) → the same members.
- `promoted`: a place freed up and they moved off the waitlist → those still going.
- `approved`: the host said yes to a request → that member, while her answer stands.
- `reminder`: it starts within a day → everyone going with a place (not the waitlist).

Never to a member who left; a member who blocked the host hears nothing of the host's
changes or cancellations. The actor is the host when the host did it, else null (the
moderators, or nobody: the reminder, a promotion)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, false, literal, null, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import UserBlock
from app.db import utcnow
from app.events import (
    Event,
    MeetupCancelled,
    MeetupReminderDue,
    MeetupUpdated,
    OutboxEvent,
    RsvpApproved,
    RsvpPromoted,
)
from app.events.dispatch import durable_consumer
from app.meetups import emails as emails  # their emails: a consumer of its own, on import
from app.meetups.models import Meetup, Rsvp, RsvpStatus
from app.meetups.policy import REMINDER_WINDOW_HOURS
from app.notifications import fanout
from app.notifications.models import NotificationKind

# A change members are told of: what they plan by. (Description, capacity, approval and
# visibility changes are not worth a notification: the page shows them.)
NOTIFIED_CHANGES = frozenset({"starts_at", "ends_at", "venue", "area", "kind", "title"})
# Those who answered (going, waitlisted too; maybe; waiting for approval) hear of changes.
ANSWERED = (RsvpStatus.going.value, RsvpStatus.maybe.value, RsvpStatus.pending.value)
# A reminder claimed, then left in the outbox longer than this, is not sent late.
REMINDER_SLACK = timedelta(hours=1)


@durable_consumer("meetup_notifications")
async def make_meetup_notifications(session: AsyncSession, row: OutboxEvent) -> None:
    if not row.kind.startswith(("meetup.", "rsvp.")):
        return
    event = Event.load(row.kind, row.payload)
    match event:
        case MeetupUpdated() if NOTIFIED_CHANGES.intersection(event.changed):
            await _to_answered(session, row, event.meetup_id, "changed", None)
        case MeetupCancelled():
            await _to_answered(session, row, event.meetup_id, "cancelled", event.reason)
        case RsvpPromoted():
            await _to_members(session, row, event.meetup_id, "promoted", event.user_ids)
        case RsvpApproved():
            await _to_members(session, row, event.meetup_id, "approved", [event.user_id])
        case MeetupReminderDue():
            await _reminder(session, row, event.meetup_id)
        case _:
            return


def _blocked_host(user_id: Any) -> ColumnElement[bool]:
    return exists().where(UserBlock.blocker_id == user_id, UserBlock.blocked_id == Meetup.host_id)


async def _to_answered(
    session: AsyncSession, row: OutboxEvent, meetup_id: int, action: str, reason: str | None
) -> None:
    conditions = [
        Rsvp.status.in_(ANSWERED),
        fanout.still_member(Rsvp.user_id),
        ~_blocked_host(Rsvp.user_id),
    ]
    if row.actor_id is not None:
        conditions.append(Rsvp.user_id != row.actor_id)
    if action == "changed":
        conditions += [Meetup.is_cancelled == false(), Meetup.is_hidden == false()]
    await _notify(session, row, meetup_id, action, reason, conditions)


async def _to_members(
    session: AsyncSession, row: OutboxEvent, meetup_id: int, action: str, user_ids: Sequence[int]
) -> None:
    if not user_ids:
        return
    conditions = [
        Rsvp.user_id.in_(list(user_ids)),
        # Her answer still stands (she may have dropped out since).
        Rsvp.status == RsvpStatus.going.value,
        fanout.still_member(Rsvp.user_id),
        Meetup.is_cancelled == false(),
    ]
    if action == "promoted":
        conditions.append(Rsvp.waitlisted == false())
    await _notify(session, row, meetup_id, action, None, conditions)


async def _reminder(session: AsyncSession, row: OutboxEvent, meetup_id: int) -> None:
    now = utcnow()
    conditions = [
        Rsvp.status == RsvpStatus.going.value,
        Rsvp.waitlisted == false(),
        fanout.still_member(Rsvp.user_id),
        Meetup.is_cancelled == false(),
        Meetup.is_hidden == false(),
        # Still ahead, and still within the day (not moved later since it was claimed).
        Meetup.starts_at > now,
        Meetup.starts_at <= now + timedelta(hours=REMINDER_WINDOW_HOURS) + REMINDER_SLACK,
    ]
    await _notify(session, row, meetup_id, "reminder", None, conditions)


async def _notify(
    session: AsyncSession,
    row: OutboxEvent,
    meetup_id: int,
    action: str,
    reason: str | None,
    conditions: list[ColumnElement[bool]],
) -> None:
    # The host, named when the host did it; a moderator's hand is "the moderators", and a
    # promotion or a reminder is nobody's.
    actor: Any = None
    if row.actor_id is not None and action in ("changed", "cancelled", "approved"):
        actor = case((Meetup.host_id == row.actor_id, Meetup.host_id), else_=null())
    recipients = (
        select(
            Rsvp.user_id,
            literal(NotificationKind.meetup.value),
            *fanout.fixed(
                row,
                thread_id=Meetup.thread_id.expression,
                actor_id=actor,
                action=action,
                reason=reason,
                meetup_id=Meetup.id.expression,
            ),
        )
        .join(Meetup, Meetup.id == Rsvp.meetup_id)
        .where(Rsvp.meetup_id == meetup_id, and_(*conditions))
    )
    await fanout.notify(session, recipients)
