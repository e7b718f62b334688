"""A process's live streams: who watches which thread, whose notification streams are open,
and the fan-out of committed events.

One hub per app instance. Its commit listener (`committed`) delivers the events of a
request's commit, or of the in-process worker's, to this process's streams and hands them
to the broker for the others. Delivered events wait in one queue for one dispatcher task,
which takes them in batches: a batch's posts, threads and notifications are loaded in one
short session, then framed per viewer (`renderers`) and queued on each stream.

Two registries route events: thread id → the thread's streams, and member id → that
member's notification streams. Events of threads nobody here watches cost a set lookup; a
`notification.created` naming 10,000 members costs a set lookup per member, and one load of
the notifications of the members connected here (none when nobody named is).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
from collections import deque
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.config import Settings
from app.db import Database, utcnow
from app.errors import ProblemError, ServiceUnavailable
from app.events import committed_events
from app.live import queries, renderers
from app.live.broker import LocalBroker, RedisBroker
from app.live.envelope import Envelope
from app.live.subscriber import PING, Subscriber

logger = logging.getLogger(__name__)

BATCH = 100  # events loaded together
RECENT_IDS = 20_000  # event ids remembered, so one heard twice is shown once
RETRY_AFTER_SECONDS = 30
TICK_SECONDS = 1.0  # the ticker looks at the time (and at a server shutting down) this often
# Without Redis and with the worker elsewhere: the outbox is looked at this often for new
# notification.created events while notification streams are open, each look reaching back
# this much further than the last (a worker's transaction commits a moment after its events
# are stamped; ids already shown are dropped).
POLL_SECONDS = 1.0
POLL_OVERLAP = timedelta(seconds=3)


class TooManyStreams(ProblemError):
    # Its own slug, not `rate-limited`: waiting does not help, closing a stream does.
    status, slug, title = 429, "too-many-streams", "Too many open event streams"
    advice = (
        "You already hold as many open `GET /events` streams as one member (or, as a guest, "
        "one address) may: `detail` says how many. Close one you no longer read (one stream "
        "a thread, and one for notifications, is plenty) before opening another; a stream "
        "closed by the client frees its place within a few seconds."
    )


class RecentIds:
    """The last `size` event ids seen, to drop one delivered twice (a process hears its own
    Redis messages; catching up re-reads events it may have had)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._order: deque[int] = deque()
        self._ids: set[int] = set()

    def add(self, event_id: int) -> bool:
        """False when `event_id` was seen already."""
        if event_id in self._ids:
            return False
        self._ids.add(event_id)
        self._order.append(event_id)
        if len(self._order) > self._size:
            self._ids.discard(self._order.popleft())
        return True


class Hub:
    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.database = database
        # PostgreSQL numbers outbox rows before they commit (see queries.missed_events);
        # SQLite writers take turns, so its ids are in commit order.
        lookback = settings.live_replay_lookback_seconds
        self.lookback = None if database.is_sqlite or not lookback else timedelta(seconds=lookback)
        self.broker: LocalBroker | RedisBroker = (
            RedisBroker(settings, self.deliver, self.catch_up)
            if settings.redis_url
            else LocalBroker()
        )
        self._threads: dict[int, set[Subscriber]] = {}
        self._members: dict[int, set[Subscriber]] = {}  # notification streams by member
        self._clients: dict[str, int] = {}
        self._open = 0
        self._pending: deque[Envelope] = deque()
        self._wake = asyncio.Event()
        self._recent = RecentIds(RECENT_IDS)
        self._dispatcher: asyncio.Task[None] | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._poller: asyncio.Task[None] | None = None
        # Nothing tells this process of a standalone worker's notifications: it looks.
        self.polls = not settings.redis_url and not settings.runs_worker_in_process
        self.closing = False  # the server is shutting down: streams end, none open

    @property
    def open_streams(self) -> int:
        return self._open

    def start(self) -> None:
        """Starts the dispatcher, the ticker and the broker (also done on first use: apps
        served without a lifespan, as in tests, start them then)."""
        if self._dispatcher is None:
            self._dispatcher = asyncio.create_task(self._dispatch_loop(), name="live-dispatch")
            self._ticker = asyncio.create_task(self._tick(), name="live-ticker")
            if self.polls:
                self._poller = asyncio.create_task(
                    self._poll_notifications(), name="live-notification-poll"
                )
        self.broker.start()

    async def close(self) -> None:
        """Ends every stream (their responses finish) and stops the tasks."""
        self._end_all_streams()
        for task in (self._dispatcher, self._ticker, self._poller):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._dispatcher = self._ticker = self._poller = None
        await self.broker.close()

    def _all_streams(self) -> list[Subscriber]:
        return [
            subscriber
            for registry in (self._threads, self._members)
            for subscribers in registry.values()
            for subscriber in subscribers
        ]

    def _end_all_streams(self) -> None:
        for subscriber in self._all_streams():
            subscriber.close()

    async def _tick(self) -> None:
        """One timer for every stream: the `: ping` heartbeat of idle streams, the end of
        streams past their maximum age, and the end of all of them when the server shuts
        down (a server waits for open responses before it stops)."""
        loop = asyncio.get_running_loop()
        ping_seconds = self.settings.live_ping_seconds
        next_ping = loop.time() + ping_seconds
        while True:
            await asyncio.sleep(min(ping_seconds, TICK_SECONDS))
            if not self.closing and _server_shutting_down():
                self.closing = True
                self._end_all_streams()
            now = loop.time()
            ping = now >= next_ping
            if ping:
                next_ping = now + ping_seconds
            for subscriber in self._all_streams():
                if now >= subscriber.ends_at:
                    subscriber.close()
                elif ping and subscriber.idle:
                    subscriber.push(PING)

    # From commits to streams

    async def committed(self, session: AsyncSession) -> None:
        """The commit listener (`Database.commit_listeners`): shows what a request, or the
        in-process worker, committed."""
        envelopes = streamed_envelopes(session)
        if envelopes:
            self.deliver(envelopes)
            self.broker.publish(envelopes)

    def deliver(self, envelopes: list[Envelope]) -> None:
        """Queues events for this process's streams (from a commit here or from Redis)."""
        queued = False
        for envelope in envelopes:
            if not self._recent.add(envelope.id):
                continue
            if envelope.for_members:
                members = self._members
                wanted = bool(members) and any(
                    user_id in members for user_id, _ in envelope.recipients()
                )
            else:
                wanted = envelope.thread_id in self._threads
            if wanted:
                self._pending.append(envelope)
                queued = True
        if queued:
            self.start()
            self._wake.set()

    async def catch_up(self, since: datetime) -> None:
        """After a Redis outage: shows the watched threads' events, and the connected
        members' notifications, since `since` that were not heard (the ones that were are
        dropped by id)."""
        threads = list(self._threads)
        members = bool(self._members)
        if not threads and not members:
            return
        since = max(since, utcnow() - timedelta(seconds=self.settings.live_replay_seconds))
        envelopes: list[Envelope] = []
        try:
            async with self.database.sessionmaker() as session:
                if threads:
                    envelopes += await queries.recent_events(
                        session,
                        threads,
                        kinds=renderers.STREAMED_KINDS,
                        since=since,
                        limit=RECENT_IDS,
                    )
                if members:
                    envelopes += await queries.notification_events(
                        session, since=since, limit=RECENT_IDS
                    )
        except Exception:
            logger.exception("live streams could not catch up; they are closed to reconnect")
            self._close_threads(threads)
            self._close_members(list(self._members))
            return
        envelopes.sort(key=lambda envelope: envelope.id)
        self.deliver(envelopes)

    async def _poll_notifications(self) -> None:
        """Without Redis, a standalone `village worker` cannot tell this process of the
        notifications it makes: while notification streams are open here, the outbox is
        looked at about once a second for new `notification.created` events (one indexed
        range, `ix_outbox_created`); none open, nothing is read."""
        since = utcnow()
        while True:
            await asyncio.sleep(POLL_SECONDS)
            started = utcnow()
            if not self._members:
                since = started
                continue
            try:
                async with self.database.sessionmaker() as session:
                    envelopes = await queries.notification_events(
                        session, since=since - POLL_OVERLAP, limit=RECENT_IDS
                    )
            except Exception:  # the database away: looked at again from the same moment
                logger.exception("new notifications could not be looked up; trying again")
                continue
            since = started
            self.deliver(envelopes)

    async def _dispatch_loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                batch = [self._pending.popleft() for _ in range(min(BATCH, len(self._pending)))]
                threads = [envelope for envelope in batch if not envelope.for_members]
                notices = [envelope for envelope in batch if envelope.for_members]
                try:
                    if threads:
                        await self._fan_out(threads)
                    if notices:
                        await self._fan_out_notifications(notices)
                except Exception:
                    # Nothing is skipped silently: the streams end, and their clients
                    # reconnect with Last-Event-ID and are replayed what they missed.
                    logger.exception("live events could not be shown; their streams are closed")
                    self._close_threads({e.thread_id for e in threads if e.thread_id})
                    self._close_members(
                        {user_id for envelope in notices for user_id, _ in envelope.recipients()}
                    )

    async def _fan_out_notifications(self, batch: list[Envelope]) -> None:
        """Each connected member's new notifications, loaded in one statement for all of
        them; members not connected here cost a set lookup each."""
        members = self._members
        wanted = {
            notification_id: user_id
            for envelope in batch
            for user_id, notification_id in envelope.recipients()
            if user_id in members
        }
        if not wanted:
            return
        async with self.database.sessionmaker() as session:
            frames = await renderers.notification_frames(session, wanted)
        for notification_id, user_id in wanted.items():  # in the events' order
            found = frames.get(notification_id)
            if found is None or found[0] != user_id:  # gone meanwhile, or not theirs
                continue
            for subscriber in list(members.get(user_id, ())):
                subscriber.push((notification_id, found[1]))

    async def _fan_out(self, batch: list[Envelope]) -> None:
        # The audience is who watches now; a stream that opens later replays from the outbox.
        audiences = {
            thread_id: list(subscribers)
            for thread_id in {envelope.thread_id for envelope in batch}
            if thread_id is not None and (subscribers := self._threads.get(thread_id))
        }
        batch = [envelope for envelope in batch if envelope.thread_id in audiences]
        if not batch:
            return
        loaded = renderers.Loaded()
        if any(envelope.kind != renderers.ENDS_STREAM for envelope in batch):
            members = {
                thread_id: list(
                    {s.viewer.id: s.viewer for s in subscribers if s.viewer is not None}.values()
                )
                for thread_id, subscribers in audiences.items()
            }
            async with self.database.sessionmaker() as session:
                loaded = await renderers.load(session, batch, members)
        for envelope in batch:
            cache: dict[renderers.CacheKey, bytes] = {}
            for subscriber in audiences[envelope.thread_id or 0]:
                frame = loaded.frame(envelope, subscriber.viewer, cache)
                if frame is None:
                    continue
                if envelope.kind == renderers.ENDS_STREAM:
                    subscriber.close((envelope.id, frame))
                else:
                    subscriber.push((envelope.id, frame))

    def _close_threads(self, thread_ids: set[int] | list[int]) -> None:
        for thread_id in thread_ids:
            for subscriber in list(self._threads.get(thread_id, ())):
                subscriber.close()

    def _close_members(self, user_ids: set[int] | list[int]) -> None:
        for user_id in user_ids:
            for subscriber in list(self._members.get(user_id, ())):
                subscriber.close()

    # Streams

    def _registry(self, subscriber: Subscriber) -> tuple[dict[int, set[Subscriber]], int]:
        if subscriber.thread_id is not None:
            return self._threads, subscriber.thread_id
        assert subscriber.viewer is not None  # a notification stream is a member's
        return self._members, subscriber.viewer.id

    async def subscribe(
        self, thread_id: int | None, viewer: User | None, client: str
    ) -> Subscriber:
        """Registers a stream on the thread (None: on the viewer's notifications), before
        anything is read for it, so that no event committed from now on can pass it by.
        429 past the client's open streams (a member's thread and notification streams
        count together), 503 past the process's."""
        settings = self.settings
        if self.closing:
            raise ServiceUnavailable(
                "This server is shutting down; connect again.",
                headers={"Retry-After": "1"},
            )
        if self._open >= settings.live_max_streams:
            raise ServiceUnavailable(
                "This server holds as many live streams as it can; try again shortly.",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        allowed = (
            settings.live_streams_per_user
            if viewer is not None
            else settings.live_streams_per_address
        )
        if self._clients.get(client, 0) >= allowed:
            raise TooManyStreams(
                f"At most {allowed} live streams may be open at once; close one first.",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
        # Streams opened together do not all end together.
        age = settings.live_stream_max_seconds * random.uniform(0.9, 1.0)  # noqa: S311
        ends_at = asyncio.get_running_loop().time() + age
        subscriber = Subscriber(thread_id, viewer, client, settings.live_queue_events, ends_at)
        registry, key = self._registry(subscriber)
        registry.setdefault(key, set()).add(subscriber)
        self._clients[client] = self._clients.get(client, 0) + 1
        self._open += 1
        self.start()
        try:
            await self.broker.ready()
        except BaseException:
            self.leave(subscriber)
            raise
        return subscriber

    def leave(self, subscriber: Subscriber) -> None:
        """Forgets a stream (idempotent)."""
        registry, key = self._registry(subscriber)
        subscribers = registry.get(key)
        if subscribers is None or subscriber not in subscribers:
            return
        subscribers.discard(subscriber)
        if not subscribers:
            del registry[key]
        remaining = self._clients[subscriber.client] - 1
        if remaining:
            self._clients[subscriber.client] = remaining
        else:
            del self._clients[subscriber.client]
        self._open -= 1
        subscriber.close()


def streamed_envelopes(session: AsyncSession) -> list[Envelope]:
    """The envelopes of what a committed session emitted that some stream shows. A row whose
    savepoint rolled back (a worker's consumer that failed) is no longer in the session, and
    never committed: it is left out."""
    return [
        envelope
        for row in committed_events(session)
        if inspect(row).persistent
        and (envelope := Envelope.of(row)) is not None
        and (envelope.for_members or renderers.shown(envelope.kind))
    ]


def _server_shutting_down() -> bool:
    """Whether the uvicorn server running this process has been told to stop. uvicorn does
    not tell the app until every response has finished, so an endless one must notice by
    itself: the server is found through its SIGTERM handler, a method of the server (the
    way sse-starlette finds it). Other servers: end streams with their graceful-shutdown
    timeout (`--timeout-graceful-shutdown`, gunicorn's `--graceful-timeout`)."""
    server: Any = getattr(signal.getsignal(signal.SIGTERM), "__self__", None)
    return bool(getattr(server, "should_exit", False))
