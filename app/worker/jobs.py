"""Durable jobs: rows a worker claims under a lease, runs outside any transaction, and
records — retried with exponential back-off and jitter until their retry window closes, then
dead.

A kind of job is a table with `JobColumns` plus a `JobQueue` that says how to run one; a
durable consumer (app/events/dispatch.py) creates the rows from events, in the dispatching
transaction. Webhook deliveries are the first kind; emails, notification fan-out and
reminders (a job whose first attempt is due later) plug in the same way.

Claims take rows with `FOR UPDATE SKIP LOCKED` (rendered on PostgreSQL only; SQLite writers
take turns anyway), so workers on several hosts never claim the same job. A claim is a lease
(`claimed_until`): a worker killed mid-job loses nothing, the job is claimable again when the
lease runs out. Delivery is therefore at least once; consumers de-duplicate on the event id.
"""

from __future__ import annotations

import enum
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, ClassVar, Protocol, TypeVar

from sqlalchemy import BigInteger, ColumnElement, Integer, String, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.base import ExecutableOption

from app.config import Settings
from app.db import UTCDateTime, utcnow

MAX_ERROR_CHARS = 500
PRUNE_BATCH = 1000  # rows per delete: a long backlog is pruned in short transactions


class JobStatus(enum.StrEnum):
    pending = "pending"  # waiting for its first attempt
    failed = "failed"  # the last attempt failed; the next is at `next_attempt_at`
    succeeded = "succeeded"
    dead = "dead"  # no attempt succeeded within the retry window; no more are made


class JobColumns:
    """The columns of every job table. `next_attempt_at` is NULL once a job is finished, so a
    partial index on it (WHERE next_attempt_at IS NOT NULL) holds only the live queue."""

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"),
        primary_key=True,
        autoincrement=True,
        sort_order=-1,  # first, before the job table's own columns
    )
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.pending.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # in the current sequence
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When the current attempt sequence began: the retry window counts from here.
    sequence_started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    claim_token: Mapped[str | None] = mapped_column(String(32), default=None)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(String(MAX_ERROR_CHARS), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


J = TypeVar("J", bound=JobColumns)


@dataclass(frozen=True)
class RetryPolicy:
    base_seconds: float
    max_delay_seconds: float
    window_seconds: float

    def delay(self, attempts: int) -> timedelta:
        """Exponential back-off with equal jitter: half the step for sure, half at random, so
        jobs that failed together (a receiver's outage) do not all come back together."""
        step = min(self.base_seconds * 2 ** max(attempts - 1, 0), self.max_delay_seconds)
        return timedelta(seconds=step / 2 + random.uniform(0, step / 2))  # noqa: S311

    def next_attempt(self, attempts: int, started: datetime, now: datetime) -> datetime | None:
        """When to try again after `attempts` failed attempts; None once the window closed."""
        at = now + self.delay(attempts)
        return at if at <= started + timedelta(seconds=self.window_seconds) else None


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to. `values` are the job table's own columns to record (a
    webhook delivery's response code); `give_up` makes a failure final at once."""

    ok: bool
    error: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    give_up: bool = False


class JobQueue(Protocol[J]):
    """One kind of job: its table, how to run one, and how to retry."""

    name: ClassVar[str]

    @property
    def model(self) -> type[J]: ...

    @property
    def retry(self) -> RetryPolicy: ...

    @property
    def options(self) -> Sequence[ExecutableOption]:
        """Loader options for a claimed job (what `perform` reads besides its own row)."""
        ...

    async def perform(self, job: J) -> Outcome:
        """One attempt, outside any transaction. Expected failures are an `Outcome`."""
        ...

    async def aclose(self) -> None: ...


QueueFactory = Callable[[Settings], JobQueue[Any]]
_queues: list[QueueFactory] = []


def job_queue(factory: QueueFactory) -> QueueFactory:
    """Registers a kind of job; each worker builds its queues from the settings. Domains
    register theirs on import (app/domains.py imports them)."""
    _queues.append(factory)
    return factory


def build_queues(settings: Settings) -> list[JobQueue[Any]]:
    return [factory(settings) for factory in _queues]


def new_claim_token() -> str:
    return uuid.uuid4().hex


def _due(model: type[JobColumns], now: datetime) -> list[ColumnElement[bool]]:
    """Due now and not leased, or leased by a worker whose lease ran out."""
    return [
        model.next_attempt_at <= now,
        or_(model.claimed_until.is_(None), model.claimed_until < now),
    ]


async def has_due(session: AsyncSession, queue: JobQueue[Any]) -> bool:
    """A cheap look (no lock) before a worker takes a writer's turn to claim."""
    model = queue.model
    found = await session.scalar(select(model.id).where(*_due(model, utcnow())).limit(1))
    return found is not None


async def claim(
    session: AsyncSession,
    queue: JobQueue[J],
    *,
    limit: int,
    lease: timedelta,
    token: str,
) -> list[J]:
    """Takes up to `limit` due jobs, soonest first. Counts the attempt now, so a job that
    kills its worker every time still reaches the end of its window."""
    model = queue.model
    now = utcnow()
    due = (
        select(model.id)
        .where(*_due(model, now))
        .order_by(model.next_attempt_at, model.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(await session.scalars(due))
    if not ids:
        return []
    await session.execute(
        update(model)
        .where(model.id.in_(ids))
        .values(
            claimed_until=now + lease,
            claim_token=token,
            attempts=model.attempts + 1,
            last_attempt_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    jobs = await session.scalars(
        select(model)
        .options(*queue.options)
        .where(model.id.in_(ids))
        .order_by(model.next_attempt_at, model.id)
        .execution_options(populate_existing=True)
    )
    return list(jobs)


async def record(
    session: AsyncSession, queue: JobQueue[J], job: J, token: str, outcome: Outcome
) -> bool:
    """Writes an attempt's outcome and ends the lease. Only under the claim's own token: a
    job redelivered, or re-claimed after its lease ran out, is no longer this attempt's to
    record (False)."""
    model = queue.model
    now = utcnow()
    values: dict[str, Any] = {
        **outcome.values,
        "claimed_until": None,
        "claim_token": None,
        "last_error": outcome.error[:MAX_ERROR_CHARS] if outcome.error else None,
    }
    if outcome.ok:
        values |= {"status": JobStatus.succeeded, "next_attempt_at": None, "finished_at": now}
    else:
        retry_at = None
        if not outcome.give_up:
            retry_at = queue.retry.next_attempt(job.attempts, job.sequence_started_at, now)
        if retry_at is None:
            values |= {"status": JobStatus.dead, "next_attempt_at": None, "finished_at": now}
        else:
            values |= {"status": JobStatus.failed, "next_attempt_at": retry_at}
    result = await session.execute(
        update(model)
        .where(model.id == job.id, model.claim_token == token)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


async def release(session: AsyncSession, queue: JobQueue[J], job_id: int, token: str) -> None:
    """Hands back a job whose attempt was cut short (shutdown): due again at once, and the
    interrupted attempt not counted."""
    model = queue.model
    await session.execute(
        update(model)
        .where(model.id == job_id, model.claim_token == token)
        .values(claimed_until=None, claim_token=None, attempts=model.attempts - 1)
        .execution_options(synchronize_session=False)
    )


def restart(job: JobColumns) -> None:
    """Starts a fresh attempt sequence (a redelivery): due now, no attempts yet, and any
    attempt still running under an old claim no longer recorded."""
    now = utcnow()
    job.status = JobStatus.pending.value
    job.attempts = 0
    job.sequence_started_at = now
    job.next_attempt_at = now
    job.claimed_until = None
    job.claim_token = None
    job.last_error = None
    job.finished_at = None


async def prune(session: AsyncSession, model: type[JobColumns], before: datetime) -> int:
    """Deletes up to `PRUNE_BATCH` jobs finished before `before`; returns how many."""
    doomed = (
        select(model.id)
        .where(model.next_attempt_at.is_(None), model.finished_at < before)
        .limit(PRUNE_BATCH)
    )
    result = await session.execute(
        delete(model)
        .where(model.id.in_(doomed.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))
