"""The live package's reads: a thread's recent outbox events (Last-Event-ID replay, catching
up after a Redis outage), the reactions and blocks of the members watching a post, and a
member's recent notifications (their stream's replay)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import UserBlock
from app.events import OutboxEvent
from app.forum.models import Reaction
from app.live.envelope import NOTIFICATION, Envelope
from app.notifications.models import Notification

# Bound parameters per IN list: far under both databases' limits.
CHUNK = 500
# How many of the thread's events just before Last-Event-ID are looked at for the lookback.
LOOKBACK_ROWS = 20

_COLUMNS = (OutboxEvent.id, OutboxEvent.kind, OutboxEvent.thread_id, OutboxEvent.payload)


def _envelopes(rows: Any) -> list[Envelope]:
    return [Envelope(row.id, row.kind, row.thread_id, row.payload) for row in rows]


async def missed_events(
    session: AsyncSession,
    thread_id: int,
    last_id: int,
    *,
    kinds: Collection[str],
    since: datetime,
    limit: int,
    lookback: timedelta | None,
) -> list[Envelope]:
    """The thread's events of `kinds` after `last_id` created since `since`, oldest first, at most
    `limit`. With `lookback`, also those numbered before `last_id` but created at most
    `lookback` before it: on PostgreSQL they may have committed after it (a sequence
    numbers rows at INSERT, not at COMMIT), so the client may not have seen them."""
    newer = await session.execute(
        select(*_COLUMNS)
        .where(
            OutboxEvent.thread_id == thread_id,
            OutboxEvent.id > last_id,
            OutboxEvent.created_at >= since,
            OutboxEvent.kind.in_(list(kinds)),
        )
        .order_by(OutboxEvent.id)
        .limit(limit)
    )
    events = _envelopes(newer)
    if lookback is None or len(events) >= limit:
        return events
    seen_at = await session.scalar(select(OutboxEvent.created_at).where(OutboxEvent.id == last_id))
    if seen_at is None:
        return events
    # The thread's few events just below Last-Event-ID (an index range, never a long scan).
    before = await session.execute(
        select(*_COLUMNS, OutboxEvent.created_at)
        .where(OutboxEvent.thread_id == thread_id, OutboxEvent.id < last_id)
        .order_by(OutboxEvent.id.desc())
        .limit(LOOKBACK_ROWS)
    )
    late = [
        row
        for row in before
        if row.created_at >= max(since, seen_at - lookback) and row.kind in kinds
    ]
    return (_envelopes(reversed(late)) + events)[-limit:]


async def recent_events(
    session: AsyncSession,
    thread_ids: Collection[int],
    *,
    kinds: Collection[str],
    since: datetime,
    limit: int,
) -> list[Envelope]:
    """The events of `kinds` on these threads created since `since`, oldest first, at most
    `limit`
    (what a process may have missed while Redis was away)."""
    found: list[Envelope] = []
    ids = iter(sorted(thread_ids))
    while chunk := list(islice(ids, CHUNK)):
        rows = await session.execute(
            select(*_COLUMNS)
            .where(
                OutboxEvent.thread_id.in_(chunk),
                OutboxEvent.created_at >= since,
                OutboxEvent.kind.in_(list(kinds)),
            )
            .order_by(OutboxEvent.id)
            .limit(limit)
        )
        found += _envelopes(rows)
    found.sort(key=lambda envelope: envelope.id)
    return found[-limit:]


async def notification_events(
    session: AsyncSession, *, since: datetime, limit: int
) -> list[Envelope]:
    """The `notification.created` events created since `since`, oldest first, at most
    `limit` (what a process may have missed while Redis was away; `ix_outbox_created`)."""
    rows = await session.execute(
        select(*_COLUMNS)
        .where(OutboxEvent.created_at >= since, OutboxEvent.kind == NOTIFICATION)
        .order_by(OutboxEvent.id.desc())
        .limit(limit)
    )
    return _envelopes(reversed(rows.all()))


async def missed_notifications(
    session: AsyncSession,
    user_id: int,
    last_id: int,
    *,
    since: datetime,
    limit: int,
    lookback: timedelta | None,
) -> list[int]:
    """The ids of the member's notifications after `last_id` created since `since`, oldest
    first, at most `limit` (`ix_notifications_user`). With `lookback`, also those numbered
    before `last_id` but created at most `lookback` before it (PostgreSQL numbers rows at
    INSERT: two workers may commit out of order), as `missed_events` does."""
    newer = list(
        await session.scalars(
            select(Notification.id)
            .where(
                Notification.user_id == user_id,
                Notification.id > last_id,
                Notification.created_at >= since,
            )
            .order_by(Notification.id)
            .limit(limit)
        )
    )
    if lookback is None or len(newer) >= limit:
        return newer
    seen_at = await session.scalar(
        select(Notification.created_at).where(
            Notification.id == last_id, Notification.user_id == user_id
        )
    )
    if seen_at is None:
        return newer
    before = await session.execute(
        select(Notification.id, Notification.created_at)
        .where(Notification.user_id == user_id, Notification.id < last_id)
        .order_by(Notification.id.desc())
        .limit(LOOKBACK_ROWS)
    )
    late = [row.id for row in before if row.created_at >= max(since, seen_at - lookback)]
    return ([*reversed(late), *newer])[-limit:]


async def blocks(
    session: AsyncSession, blocker_ids: Collection[int], blocked_ids: Collection[int]
) -> set[tuple[int, int]]:
    """(blocker id, blocked id) of the `blocker_ids` members who blocked one of
    `blocked_ids` (a batch's few authors), in one statement per 500 members."""
    found: set[tuple[int, int]] = set()
    if not blocked_ids:
        return found
    blockers = iter(sorted(blocker_ids))
    while chunk := list(islice(blockers, CHUNK)):
        rows = await session.execute(
            select(UserBlock.blocker_id, UserBlock.blocked_id).where(
                UserBlock.blocked_id.in_(sorted(blocked_ids)), UserBlock.blocker_id.in_(chunk)
            )
        )
        found.update((blocker, blocked) for blocker, blocked in rows)
    return found


async def member_reactions(
    session: AsyncSession, post_ids: Collection[int], user_ids: Collection[int]
) -> dict[tuple[int, int], list[str]]:
    """(post id, user id) → that member's own reactions on that post, for the members
    watching (the `my_reactions` of their copy), in one statement per 500 members."""
    mine: dict[tuple[int, int], list[str]] = {}
    if not post_ids:
        return mine
    users = iter(sorted(user_ids))
    while chunk := list(islice(users, CHUNK)):
        rows = await session.execute(
            select(Reaction.post_id, Reaction.user_id, Reaction.kind)
            .where(Reaction.post_id.in_(list(post_ids)), Reaction.user_id.in_(chunk))
            .order_by(Reaction.post_id, Reaction.user_id, Reaction.kind)
        )
        for post_id, user_id, kind in rows:
            mine.setdefault((post_id, user_id), []).append(kind)
    return mine
