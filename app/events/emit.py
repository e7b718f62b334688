"""`emit`: the one way a change is recorded — its event in the outbox, its audit entry, and
the reactions other domains registered with `on`, all in the caller's transaction.

Only the request whose conditional statement changed the state emits (DESIGN.md), so any
number of concurrent identical requests leave one event and one audit entry."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.events.audit import Audit
from app.events.kinds import Event, EventKind
from app.events.models import AuditEntry, OutboxEvent


class Actor(Protocol):
    @property
    def id(self) -> int: ...


Handler = Callable[[AsyncSession, Event], Awaitable[None]]
_handlers: dict[EventKind, list[Handler]] = {}

# Where the events a session emitted wait for its commit (then live streams see them).
_PENDING = "village.outbox"


def on(*kinds: EventKind) -> Callable[[Handler], Handler]:
    """Registers a reaction run inside the emitting transaction (its failure fails the
    change). Domains register theirs in their `handlers` module; app/domains.py imports
    every one of them wherever services run."""

    def register(handler: Handler) -> Handler:
        for kind in kinds:
            _handlers.setdefault(kind, []).append(handler)
        return handler

    return register


async def emit(
    session: AsyncSession,
    actor: Actor | None,
    event: Event | None = None,
    *,
    audit: Audit | None = None,
) -> None:
    """Records `event` in the outbox and/or `audit` in the audit log (actor None: an
    automatic action), then runs the in-transaction reactions to the event."""
    now = utcnow()
    actor_id = actor.id if actor is not None else None
    if audit is not None:
        session.add(
            AuditEntry(
                actor_id=actor_id,
                action=audit.action.value,
                target_type=audit.target.value,
                target_id=audit.target_id,
                note=audit.note[:1000] if audit.note else None,
                created_at=now,
            )
        )
    if event is None:
        return
    row = OutboxEvent(
        event_id=str(uuid.uuid4()),
        kind=event.kind.value,
        thread_id=event.thread_id,
        actor_id=actor_id,
        payload=event.payload(),
        created_at=now,
    )
    session.add(row)
    session.info.setdefault(_PENDING, []).append(row)
    for handler in _handlers.get(event.kind, ()):
        await handler(session, event)


def committed_events(session: AsyncSession) -> list[OutboxEvent]:
    """Takes the events the session emitted; call it after a successful commit (their ids
    are set by then). A rolled-back session's list is dropped with `discard_events`."""
    rows: list[OutboxEvent] = session.info.pop(_PENDING, [])
    return rows


def discard_events(session: AsyncSession) -> None:
    session.info.pop(_PENDING, None)
