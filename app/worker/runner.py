"""The worker: dispatches the outbox to durable consumers, runs their jobs, prunes what is
done. `village worker` runs one on its own; on SQLite `village serve` runs one inside the
server (settings.runs_worker_in_process).

It never stops for an outage: a failed round (the database away, a driver error) is logged
and the loop backs off and tries again. On SIGTERM or SIGINT it stops claiming, lets the
jobs in flight finish for up to `worker_shutdown_seconds`, and hands back the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app import domains  # noqa: F401  (consumers and job queues register on import)
from app.config import Settings
from app.db import Database, utcnow
from app.events import dispatch
from app.events.dispatch import Dispatcher, emitted_events, has_undispatched, prune_outbox
from app.live.publisher import commit_publisher
from app.worker import jobs, periodic
from app.worker.jobs import JobQueue, Outcome

logger = logging.getLogger(__name__)

MAX_OUTAGE_PAUSE_SECONDS = 30.0
RECORD_TRIES = 3


class _Backoff:
    """Pauses after failed rounds: the poll interval, doubling up to 30 s."""

    def __init__(self, first: float) -> None:
        self.first = first
        self.failures = 0

    def next_pause(self) -> float:
        self.failures += 1
        return float(min(self.first * 2 ** (self.failures - 1), MAX_OUTAGE_PAUSE_SECONDS))

    def reset(self) -> None:
        self.failures = 0


class Worker:
    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.settings = settings
        self.dispatcher = Dispatcher(settings.worker_batch_size)
        self.queues = jobs.build_queues(settings)
        self._stopping = asyncio.Event()
        self._wake_dispatch = asyncio.Event()
        self._wake_jobs = {queue.name: asyncio.Event() for queue in self.queues}
        self._wake_prune = asyncio.Event()  # only by `stop`

    def nudge(self) -> None:
        """Dispatch now rather than at the next poll (an event was just committed)."""
        self._wake_dispatch.set()

    async def after_commit(self, session: AsyncSession) -> None:
        """A commit listener (Database.commit_listeners) of the in-process worker."""
        if emitted_events(session):
            self.nudge()

    def stop(self) -> None:
        self._stopping.set()
        for wake in (self._wake_dispatch, self._wake_prune, *self._wake_jobs.values()):
            wake.set()

    async def run(self) -> None:
        names = ", ".join(queue.name for queue in self.queues) or "none"
        logger.info("worker started (job queues: %s)", names)
        try:
            async with asyncio.TaskGroup() as tasks:
                tasks.create_task(self._dispatch_loop())
                for queue in self.queues:
                    tasks.create_task(self._job_loop(queue))
                tasks.create_task(self._prune_loop())
                for task in periodic.registered():
                    tasks.create_task(self._periodic_loop(task))
        finally:
            for queue in self.queues:
                await queue.aclose()
            logger.info("worker stopped")

    # Transactions

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[AsyncSession]:
        """A short write transaction, taking this process's writer turn as requests do (on
        SQLite: one writer at a time, BEGIN IMMEDIATE). Never held across network I/O."""
        database = self.database
        async with database.sessionmaker() as session, database.writer_turn(True):
            if database.is_sqlite:
                await session.connection(execution_options={"sqlite_immediate": True})
            periodic.attach_settings(session, self.settings)  # for consumers that need them
            yield session
            await session.commit()
            # What it emitted (notification.created) goes to live streams as a request's
            # does: the server's hub in process, Redis from `village worker` (app/live).
            await database.committed(session)

    @asynccontextmanager
    async def _read(self) -> AsyncIterator[AsyncSession]:
        async with self.database.sessionmaker() as session:
            yield session

    # Loops

    async def _rest(self, wake: asyncio.Event, seconds: float) -> None:
        """Waits until woken, stopped (`stop` wakes every loop), or `seconds` passed."""
        if not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(seconds):
                    await wake.wait()
        if not self._stopping.is_set():
            wake.clear()

    async def _dispatch_loop(self) -> None:
        poll = self.settings.worker_poll_seconds
        backoff = _Backoff(poll)
        while not self._stopping.is_set():
            try:
                async with self._read() as session:
                    pending = await has_undispatched(session)
                claimed = 0
                if pending:
                    async with self._write() as session:
                        claimed = await self.dispatcher.dispatch(session)
            except Exception:
                logger.exception("dispatching the outbox failed; trying again")
                await self._rest(self._wake_dispatch, backoff.next_pause())
                continue
            backoff.reset()
            if claimed:
                for wake in self._wake_jobs.values():
                    wake.set()
            if claimed < self.dispatcher.batch_size:
                await self._rest(self._wake_dispatch, poll)

    async def _job_loop(self, queue: JobQueue[Any]) -> None:
        poll = self.settings.worker_poll_seconds
        backoff = _Backoff(poll)
        wake = self._wake_jobs[queue.name]
        concurrency = self.settings.worker_concurrency
        lease = timedelta(seconds=self.settings.worker_lease_seconds)
        in_flight: dict[asyncio.Task[None], tuple[int, str]] = {}
        while not self._stopping.is_set():
            free = concurrency - len(in_flight)
            if free <= 0:
                await asyncio.wait(in_flight, timeout=poll, return_when=asyncio.FIRST_COMPLETED)
                continue
            token = jobs.new_claim_token()
            try:
                async with self._read() as session:
                    due = await jobs.has_due(session, queue)
                claimed = []
                if due:
                    async with self._write() as session:
                        claimed = await jobs.claim(
                            session, queue, limit=free, lease=lease, token=token
                        )
            except Exception:
                logger.exception("claiming %s jobs failed; trying again", queue.name)
                await self._rest(wake, backoff.next_pause())
                continue
            backoff.reset()
            for job in claimed:
                task = asyncio.create_task(self._run_job(queue, job, token))
                in_flight[task] = (job.id, token)
                task.add_done_callback(in_flight.pop)
            if len(claimed) < free:
                await self._rest(wake, poll)
        await self._drain(queue, in_flight)

    async def _run_job(self, queue: JobQueue[Any], job: Any, token: str) -> None:
        try:
            outcome = await queue.perform(job)
        except Exception as exc:  # a bug in the job: recorded as a failed attempt
            logger.exception("%s job %s failed unexpectedly", queue.name, job.id)
            outcome = Outcome(ok=False, error=f"internal error ({type(exc).__name__})")
        for attempt in range(1, RECORD_TRIES + 1):
            try:
                async with self._write() as session:
                    recorded = await jobs.record(session, queue, job, token, outcome)
                result = "done" if outcome.ok else f"failed ({outcome.error})"
                if not recorded:  # redelivered, or its lease ran out meanwhile
                    result += ", not recorded: no longer this worker's"
                logger.info("%s job %s: %s, attempt %d", queue.name, job.id, result, job.attempts)
                return
            except Exception:
                # Not recorded: the lease runs out and the job is tried again (at least once).
                logger.exception("recording %s job %s failed (try %d)", queue.name, job.id, attempt)
                await asyncio.sleep(self.settings.worker_poll_seconds * 2**attempt)

    async def _drain(
        self, queue: JobQueue[Any], in_flight: dict[asyncio.Task[None], tuple[int, str]]
    ) -> None:
        """Lets jobs in flight finish for a while, then cancels the rest and hands them back."""
        if not in_flight:
            return
        claims = dict(in_flight)
        _, unfinished = await asyncio.wait(claims, timeout=self.settings.worker_shutdown_seconds)
        for task in unfinished:
            task.cancel()
        await asyncio.gather(*unfinished, return_exceptions=True)
        for task in unfinished:
            job_id, token = claims[task]
            try:
                async with self._write() as session:
                    await jobs.release(session, queue, job_id, token)
            except Exception:  # its lease runs out instead
                logger.exception("handing back %s job %s failed", queue.name, job_id)

    async def _periodic_loop(self, task: periodic.Periodic) -> None:
        """Runs a periodic task (app/worker/periodic.py) every so often, from a poll after
        the start; a failed run is logged and the next comes at its time."""
        tick = periodic.Tick(self.settings, self._write, self._stopping.is_set)
        await self._rest(self._wake_prune, self.settings.worker_poll_seconds)
        while not self._stopping.is_set():
            try:
                await task.run(tick)
            except Exception:
                logger.exception("periodic task %s failed; trying again later", task.name)
            await self._rest(self._wake_prune, task.seconds(self.settings))

    async def _prune_loop(self) -> None:
        """Deletes dispatched events and finished jobs past their retention, in batches."""
        await self._rest(self._wake_prune, self.settings.worker_poll_seconds)
        while not self._stopping.is_set():
            try:
                await self._prune()
            except Exception:
                logger.exception("pruning failed; trying again later")
            await self._rest(self._wake_prune, self.settings.worker_prune_seconds)

    async def _prune(self) -> None:
        now = utcnow()
        events_before = now - timedelta(hours=self.settings.outbox_retention_hours)
        jobs_before = now - timedelta(hours=self.settings.job_retention_hours)
        while not self._stopping.is_set():
            async with self._write() as session:
                deleted = await prune_outbox(session, events_before)
            if deleted < dispatch.PRUNE_BATCH:
                break
        for queue in self.queues:
            while not self._stopping.is_set():
                async with self._write() as session:
                    deleted = await jobs.prune(session, queue.model, jobs_before)
                if deleted < jobs.PRUNE_BATCH:
                    break


async def run_standalone(settings: Settings) -> None:
    """`village worker`: runs until SIGTERM or SIGINT."""
    database = Database(settings)
    worker = Worker(database, settings)
    publisher = commit_publisher(settings)  # its commits' events to the servers' streams
    if publisher is not None:
        database.commit_listeners.append(publisher.committed)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, worker.stop)
    try:
        await worker.run()
    finally:
        if publisher is not None:
            await publisher.close()
        await database.dispose()
