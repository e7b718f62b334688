"""Emails of `meetup` notifications (notify.py), sent at once to members who keep
users.email_meetups on (the default) and whose address is verified: a place for you, the
host said yes, it changed, it was cancelled, it is tomorrow.

The worker's consumer of `notification.created` queues them in the dispatching transaction
with one SELECT and at most one INSERT whatever the fan-out's size, as the forum's emails
do (app/notifications/emails.py, whose letterhead, links and rows it uses). Each carries
the one-click unsubscribe link of Purpose.meetups, which turns email_meetups off. The
recipient answered the meet-up, so the venue is hers to see. Times are written in UTC
(the member's time zone is her browser's, which an email does not know), and say so.
Right before the send, a message to a member who left or turned these emails off since is
dropped (the send check)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, insert, not_, null, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.accounts.models import User
from app.db import utcnow
from app.mail.compose import Letter, Letterhead
from app.mail.models import OutgoingMail
from app.mail.queue import register_send_check
from app.meetups.models import Meetup, Rsvp
from app.notifications.emails import emails_of_notifications, mail_rows, unsubscribe_lines
from app.notifications.models import Notification, NotificationKind
from app.notifications.unsubscribe import Purpose, UnsubscribeLinks

logger = logging.getLogger(__name__)

MAIL_KIND = "notify_meetup"
MAX_SUBJECT_CHARS = 200


def when(starts_at: datetime) -> str:
    """ "Thursday 3 December 2026 at 10:00 (UTC)"."""
    return f"{starts_at:%A} {starts_at.day} {starts_at:%B %Y} at {starts_at:%H:%M} (UTC)"


def day_of(starts_at: datetime, now: datetime) -> str:
    """ "today at 10:00 (UTC)", "tomorrow at 10:00 (UTC)", else the date, as UTC days go."""
    day = starts_at.date()
    if day == now.date():
        return f"today at {starts_at:%H:%M} (UTC)"
    if day == (now + timedelta(days=1)).date():
        return f"tomorrow at {starts_at:%H:%M} (UTC)"
    return f"on {when(starts_at)}"


def meetup_page(letterhead: Letterhead, meetup_id: int) -> str:
    return f"{letterhead.public_url}/meetups/{meetup_id}"


def _subject(text: str) -> str:
    return text if len(text) <= MAX_SUBJECT_CHARS else f"{text[: MAX_SUBJECT_CHARS - 1]}…"


def meetup_letter(
    letterhead: Letterhead,
    links: UnsubscribeLinks,
    *,
    user_id: int,
    meetup_id: int,
    action: str,
    title: str,
    starts_at: datetime,
    venue: str,
    reason: str | None,
    waitlisted: bool,
    now: datetime,
) -> Letter:
    """The email of one `meetup` notification (`action` says which)."""
    quoted = f"“{title}”"
    details = f"When: {when(starts_at)}\nWhere: {venue}"
    page = meetup_page(letterhead, meetup_id)
    if action == "promoted":
        subject = f"{title}: you have a place"
        text = (
            f"A place freed up at {quoted} and it is yours: you are going.\n\n{details}\n\n"
            "If you cannot come any more, change your answer so the next person gets it."
        )
    elif action == "approved" and waitlisted:
        subject = f"{title}: the host said yes, and you are on the waitlist"
        text = (
            f"The host said yes to you for {quoted}. It is full for now, so you are on the "
            f"waitlist: you will be told when a place frees up.\n\n{details}"
        )
    elif action == "approved":
        subject = f"{title}: the host said yes"
        text = f"The host said yes: you are going to {quoted}.\n\n{details}"
    elif action == "cancelled":
        subject = f"{title} was cancelled"
        said = f"\n\nThe reason given: {reason}" if reason else ""
        text = f"{quoted}, {when(starts_at)}, was cancelled.{said}"
    elif action == "changed":
        subject = f"{title} has changed"
        text = f"{quoted}, a meet-up you answered, has changed. It is now:\n\n{details}"
    else:  # reminder
        subject = f"{title} is {day_of(starts_at, now)}"
        text = f"A reminder: you are going to {quoted}.\n\n{details}"
    one_click, unsubscribe_page = links.urls(letterhead, user_id, Purpose.meetups)
    return Letter(
        kind=MAIL_KIND,
        subject=_subject(subject),
        body=(
            f"{text}\n\nSee the meet-up:\n{page}\n\n"
            f"{unsubscribe_lines(unsubscribe_page, 'emails about meet-ups')}"
        ),
        reason=(
            f"You received this email because you answered this meet-up on "
            f"{letterhead.forum_name} and your settings ask for emails about meet-ups."
        ),
        list_unsubscribe=one_click,
    )


def meetup_refusal(user_id: Any) -> ColumnElement[Any]:
    """Why a meet-up email must not go now, or NULL: the member left or turned them off."""
    member = aliased(User)
    reason = case(
        (member.deleted_at.is_not(None), "the member left"),
        (not_(member.email_meetups), "the member turned these emails off"),
        else_=null(),
    )
    return select(reason).where(member.id == user_id).scalar_subquery()


register_send_check(MAIL_KIND, lambda: meetup_refusal(OutgoingMail.user_id))


@emails_of_notifications("meetup_emails")
async def queue_meetup_emails(
    session: AsyncSession,
    letterhead: Letterhead,
    links: UnsubscribeLinks,
    notification_ids: Sequence[int],
) -> int:
    """Queues the emails of these notifications that are `meetup` ones; returns how many.
    One SELECT (the id range of the fan-out) and at most one INSERT."""
    ids = set(notification_ids)
    recipient = aliased(User)
    rows = (
        await session.execute(
            select(
                Notification.id,
                Notification.user_id,
                Notification.action,
                Notification.reason,
                recipient.email,
                Meetup.id.label("meetup_id"),
                Meetup.title,
                Meetup.starts_at,
                Meetup.venue,
                Rsvp.waitlisted,
            )
            .join(recipient, recipient.id == Notification.user_id)
            .join(Meetup, Meetup.id == Notification.meetup_id)
            .outerjoin(
                Rsvp, and_(Rsvp.meetup_id == Meetup.id, Rsvp.user_id == Notification.user_id)
            )
            .where(
                Notification.id.between(min(ids), max(ids)),
                Notification.kind == NotificationKind.meetup.value,
                recipient.email_verified,
                recipient.deleted_at.is_(None),
                recipient.email_meetups,
            )
            .order_by(Notification.id)
        )
    ).all()
    now = utcnow()
    letters = [
        (
            row.user_id,
            row.email,
            meetup_letter(
                letterhead,
                links,
                user_id=row.user_id,
                meetup_id=row.meetup_id,
                action=row.action or "changed",
                title=row.title,
                starts_at=row.starts_at,
                venue=row.venue,
                reason=row.reason,
                waitlisted=bool(row.waitlisted),
                now=now,
            ),
        )
        for row in rows
        if row.id in ids
    ]
    if letters:
        await session.execute(insert(OutgoingMail), mail_rows(letterhead, letters))
    return len(letters)
