"""Dispatch: committed outbox events handed to every durable consumer, once.

A durable consumer turns an event into its own job rows (app/worker/jobs.py) in the
dispatching transaction — webhook deliveries now; emails, notification fan-out and
reminders register the same way, with `durable_consumer`. The transaction that creates the
jobs also sets the event's `dispatched_at`, so an event is fanned out exactly once: the
claim is `FOR UPDATE SKIP LOCKED` on PostgreSQL (several workers take disjoint batches, and
a worker that dies mid-batch rolls back and leaves its batch to the next), and SQLite
writers take turns.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.events.emit import on
from app.events.kinds import Event, EventKind
from app.events.models import OutboxEvent

logger = logging.getLogger(__name__)

Consumer = Callable[[AsyncSession, OutboxEvent], Awaitable[None]]
_consumers: dict[str, Consumer] = {}

PRUNE_BATCH = 1000
# An event a consumer failed on (a bug, not the database) waits this long, doubling, before
# this worker tries it again, so it neither blocks the events after it nor floods the log.
HOLD_BACK_SECONDS, MAX_HOLD_BACK_SECONDS = 5.0, 600.0


def durable_consumer(name: str) -> Callable[[Consumer], Consumer]:
    """Registers `consumer(session, event)`, run by `village worker` in the transaction that
    marks the event dispatched. It must only add rows: its side effects belong in jobs."""

    def register(consumer: Consumer) -> Consumer:
        _consumers[name] = consumer
        return consumer

    return register


class Dispatcher:
    """Claims batches of undispatched events, oldest first, for one worker."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size
        # event row id → (failures, monotonic time before which it is not tried again)
        self._held_back: dict[int, tuple[int, float]] = {}

    async def dispatch(self, session: AsyncSession) -> int:
        """One batch in the caller's transaction; returns how many events it claimed."""
        now = time.monotonic()
        held = [row_id for row_id, (_, until) in self._held_back.items() if until > now]
        statement = select(OutboxEvent).where(OutboxEvent.dispatched_at.is_(None))
        if held:
            statement = statement.where(OutboxEvent.id.not_in(held))
        rows = list(
            await session.scalars(
                statement.order_by(OutboxEvent.id)
                .limit(self.batch_size)
                .with_for_update(skip_locked=True)
            )
        )
        done = [row.id for row in rows if await self._hand_over(session, row)]
        if done:
            await session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id.in_(done))
                .values(dispatched_at=utcnow())
                .execution_options(synchronize_session=False)
            )
        return len(rows)

    async def _hand_over(self, session: AsyncSession, row: OutboxEvent) -> bool:
        try:
            async with session.begin_nested():
                for consume in _consumers.values():
                    await consume(session, row)
        except (SQLAlchemyError, OSError):
            raise  # the database: the whole batch waits, and the worker backs off
        except Exception:
            failures = self._held_back.get(row.id, (0, 0.0))[0] + 1
            pause = min(HOLD_BACK_SECONDS * 2 ** (failures - 1), MAX_HOLD_BACK_SECONDS)
            self._held_back[row.id] = (failures, time.monotonic() + pause)
            logger.exception("a durable consumer failed on event %s (%s)", row.event_id, row.kind)
            return False
        self._held_back.pop(row.id, None)
        return True


async def has_undispatched(session: AsyncSession) -> bool:
    """A cheap look (no lock) before a worker takes a writer's turn to claim."""
    found = await session.scalar(
        select(OutboxEvent.id).where(OutboxEvent.dispatched_at.is_(None)).limit(1)
    )
    return found is not None


async def prune_outbox(session: AsyncSession, before: datetime) -> int:
    """Deletes up to `PRUNE_BATCH` dispatched events created before `before`."""
    doomed = (
        select(OutboxEvent.id)
        .where(OutboxEvent.created_at < before, OutboxEvent.dispatched_at.is_not(None))
        .limit(PRUNE_BATCH)
    )
    result = await session.execute(
        delete(OutboxEvent)
        .where(OutboxEvent.id.in_(doomed.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))


# Which committed sessions emitted events: the in-process worker is woken after those.
_EMITTED = "village.dispatch.emitted"


@on(*EventKind)
async def _note_emitted(session: AsyncSession, _event: Event) -> None:
    session.info[_EMITTED] = True


def emitted_events(session: AsyncSession) -> bool:
    """Whether the (committed) session emitted any event; asks once."""
    return bool(session.info.pop(_EMITTED, False))
