"""The day-before reminder: a periodic task (every MEETUP_REMINDER_CHECK_SECONDS) that
claims each due meet-up once, whatever the number of workers.

A meet-up is due when it starts within REMINDER_WINDOW_HOURS, is neither cancelled nor
hidden, and was not reminded yet (`reminded_at IS NULL`, the partial index
ix_meetups_unreminded). A batch is claimed by ONE conditional statement, `UPDATE meetups
SET reminded_at = now WHERE id IN (due …) AND reminded_at IS NULL RETURNING id,
thread_id`: of two workers that see the same meet-up due, the second's UPDATE finds
`reminded_at` set (PostgreSQL re-checks the condition on the row the first one committed;
SQLite writers take turns) and returns nothing. Each claimed meet-up's MeetupReminderDue is
emitted in the claiming transaction, so the claim and the reminder commit together;
notify.py turns it into the notifications (and emails) of everyone going. A meet-up moved
later by more than the window gets `reminded_at` reset by its edit, and is reminded again
in time for its new start."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import false, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.events import MeetupReminderDue, emit
from app.meetups.models import Meetup
from app.meetups.policy import REMINDER_WINDOW_HOURS
from app.worker.periodic import Tick, periodic

BATCH = 100  # meet-ups claimed per transaction


async def claim_due(
    session: AsyncSession, *, now: datetime | None = None, limit: int = BATCH
) -> list[int]:
    """Claims up to `limit` due meet-ups and emits their reminders, in the caller's
    transaction; returns the ids claimed (by this call only)."""
    now = now or utcnow()
    due = (
        select(Meetup.id)
        .where(
            Meetup.reminded_at.is_(None),
            Meetup.starts_at > now,
            Meetup.starts_at <= now + timedelta(hours=REMINDER_WINDOW_HOURS),
            Meetup.is_cancelled == false(),
            Meetup.is_hidden == false(),
        )
        .order_by(Meetup.starts_at)
        .limit(limit)
    )
    claimed = (
        await session.execute(
            update(Meetup)
            .where(Meetup.id.in_(due.scalar_subquery()), Meetup.reminded_at.is_(None))
            .values(reminded_at=now)
            .returning(Meetup.id, Meetup.thread_id)
            .execution_options(synchronize_session=False)
        )
    ).all()
    for meetup_id, thread_id in sorted(claimed):
        await emit(session, None, MeetupReminderDue(thread_id=thread_id, meetup_id=meetup_id))
    return sorted(meetup_id for meetup_id, _ in claimed)


@periodic("meetup_reminders", lambda settings: settings.meetup_reminder_check_seconds)
async def remind_due_meetups(tick: Tick) -> None:
    while not tick.stopping():
        async with tick.write() as session:
            claimed = await claim_due(session)
        if len(claimed) < BATCH:
            return
