"""Notifications' part in background work and in other domains' changes, registered on
import (app/domains.py): the durable consumer that makes notifications from committed
events (fanout.py), and the erasure of a leaving member's notifications."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.events import Event, EventKind, MemberLeft, OutboxEvent, on
from app.events.dispatch import durable_consumer
from app.notifications import fanout
from app.notifications.models import Notification


@durable_consumer("notifications")
async def make_notifications(session: AsyncSession, event: OutboxEvent) -> None:
    await fanout.fan_out(session, event)


@on(EventKind.member_left)
async def erase_notifications(session: AsyncSession, event: Event) -> None:
    """A member who leaves takes their notifications with them, in the leaving transaction.
    Those that named them as actor stay with their recipients, who see a null actor."""
    assert isinstance(event, MemberLeft)
    await session.execute(
        delete(Notification)
        .where(Notification.user_id == event.user_id)
        .execution_options(synchronize_session=False)
    )
