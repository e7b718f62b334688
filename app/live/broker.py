"""How committed events cross processes: one Redis pub/sub channel when `REDIS_URL` is set.

Every process publishes the envelopes of its commits on the channel and subscribes to it
once, handing what it hears to its hub (its own messages come back too; the hub drops ids it
has delivered already). Without Redis there is nothing to cross: the hub delivers a commit's
events to its own streams directly, which it also does with Redis, so a change always
reaches this process's readers at once.

Redis is an accelerator, never a point of failure: publishing happens off the request path
(a commit only appends to a bounded queue, which waits while Redis is away), a failure is
logged once per outage and never fails a request, and the subscriber reconnects with
exponential back-off. Once back, it asks the hub to catch up from the outbox, so readers on
this process get what other processes committed while it could not hear them
(`Hub.catch_up`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from app.config import Settings
from app.db import utcnow
from app.live.envelope import Envelope, decode, encode

logger = logging.getLogger(__name__)

REDIS_FAILURES = (RedisError, ConnectionError, OSError, TimeoutError)
POLL_SECONDS = 1.0  # the subscriber looks up at least this often
KEEPALIVE_SECONDS = 5.0  # a PING on a quiet subscription; none answered in twice that: reconnect
FIRST_BACKOFF_SECONDS = 0.1
OUTGOING_LIMIT = 10_000  # commits waiting for Redis; past it the oldest is dropped


class LocalBroker:
    """One process: the hub's own delivery is all there is."""

    def start(self) -> None:
        pass

    async def ready(self) -> None:
        pass

    def publish(self, envelopes: list[Envelope]) -> None:
        pass

    async def close(self) -> None:
        pass


class RedisBroker:
    """Publishes and subscribes; without `deliver` it only publishes (`village worker`,
    which has no streams of its own: app/live/publisher.py)."""

    def __init__(
        self,
        settings: Settings,
        deliver: Callable[[list[Envelope]], None] | None,
        catch_up: Callable[[datetime], Awaitable[None]] | None,
    ) -> None:
        assert settings.redis_url
        self.channel = f"{settings.rate_limit_key_prefix}:live-events"
        self._url = settings.redis_url
        self._timeout = settings.redis_timeout_seconds
        self._retry_seconds = settings.redis_retry_seconds
        self._deliver = deliver
        self._catch_up = catch_up
        self._publisher = Redis(connection_pool=self._pool())
        self._outgoing: deque[bytes] = deque(maxlen=OUTGOING_LIMIT)
        self._wake_publisher = asyncio.Event()
        self._drained = asyncio.Event()  # nothing waits to be published
        self._drained.set()
        self._dropped = 0
        self._tried = asyncio.Event()  # the subscriber's first attempt has ended
        self.subscribed = False
        self._heard_at: datetime | None = None  # the subscription was last known good then
        self._tasks: list[asyncio.Task[None]] = []

    def _pool(self) -> ConnectionPool:
        # Bounded timeouts and no retries: a black-holed Redis costs one timeout, not more.
        return ConnectionPool.from_url(
            self._url,
            socket_connect_timeout=self._timeout,
            socket_timeout=self._timeout,
            retry=Retry(NoBackoff(), 0),
        )

    def start(self) -> None:
        if not self._tasks:
            self._tasks = [
                asyncio.create_task(self._publish_loop(), name="live-redis-publisher"),
            ]
            if self._deliver is not None:
                self._tasks.append(
                    asyncio.create_task(self._subscribe_loop(), name="live-redis-subscriber")
                )
            else:
                self._tried.set()

    async def ready(self) -> None:
        """Waits (briefly) for the first subscription attempt, so a stream that opens as the
        process starts hears other processes' events from its first moment."""
        self.start()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._tried.wait(), timeout=self._timeout * 2)

    def publish(self, envelopes: list[Envelope]) -> None:
        """Queues one commit's envelopes for the channel (never waits for Redis)."""
        self.start()
        if len(self._outgoing) == OUTGOING_LIMIT:
            self._dropped += 1  # the oldest goes; other processes catch up from the outbox
        self._outgoing.append(encode(envelopes))
        self._drained.clear()
        self._wake_publisher.set()

    async def flush(self) -> None:
        """Waits until what is queued has been published (callers bound the wait)."""
        if self._tasks:
            await self._drained.wait()

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            # Bounded: a cancelled subscriber closes its Redis connection on the way out, and
            # that close may itself wait on a socket (seen in tests: release never returned).
            await asyncio.wait(self._tasks, timeout=self._timeout * 2)
        self._tasks = []
        await self._publisher.aclose()
        await self._publisher.connection_pool.aclose()

    # Publishing

    async def _publish_loop(self) -> None:
        failing = False
        while True:
            await self._wake_publisher.wait()
            self._wake_publisher.clear()
            while self._outgoing:
                try:
                    await self._publisher.publish(self.channel, self._outgoing[0])
                except REDIS_FAILURES as error:
                    if not failing:
                        failing = True
                        logger.warning(
                            "Redis is not answering (%s): live events reach other processes "
                            "once it is back (this process's streams have them already).",
                            type(error).__name__,
                        )
                    # What commits meanwhile waits in the (bounded) queue.
                    await asyncio.sleep(self._retry_seconds)
                    continue
                self._outgoing.popleft()  # only now: flush() waits for the one in flight
                if failing:
                    failing = False
                    logger.info(
                        "Redis answers again: live events are published through it again "
                        "(%d commits were dropped from the full queue meanwhile).",
                        self._dropped,
                    )
                    self._dropped = 0
            self._drained.set()

    # Subscribing

    async def _subscribe_loop(self) -> None:
        backoff = FIRST_BACKOFF_SECONDS
        failing = False
        while True:
            missed_since = self._heard_at  # None until the first subscription
            client = Redis(connection_pool=self._pool())
            pubsub = client.pubsub()
            try:
                await pubsub.subscribe(self.channel)
                await self._confirmed(pubsub)
                self.subscribed = True
                self._tried.set()
                backoff = FIRST_BACKOFF_SECONDS
                if failing:
                    failing = False
                    logger.info("Redis answers again: live events cross processes again.")
                if missed_since is not None and self._catch_up is not None:
                    # Subscribed first, then read: nothing falls between the two.
                    await self._catch_up(missed_since - timedelta(seconds=self._timeout * 2))
                await self._receive(pubsub)
            except asyncio.CancelledError:
                raise
            except REDIS_FAILURES as error:
                if not failing:
                    failing = True
                    logger.warning(
                        "Live events cannot hear other processes: Redis is not answering "
                        "(%s); trying again with back-off.",
                        type(error).__name__,
                    )
            except Exception:  # a bug must not end the subscription for good
                logger.exception("the live-event subscriber failed; starting it again")
            finally:
                self.subscribed = False
                self._tried.set()
                with contextlib.suppress(*REDIS_FAILURES):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
                with contextlib.suppress(*REDIS_FAILURES):
                    await client.aclose()
                    await client.connection_pool.aclose()
            await asyncio.sleep(backoff * random.uniform(0.5, 1.0))  # noqa: S311 (jitter)
            backoff = min(backoff * 2, self._retry_seconds)

    async def _confirmed(self, pubsub: Any) -> None:
        """Waits for Redis to confirm the subscription (bounded by the timeout)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(self._timeout, POLL_SECONDS)
        while loop.time() < deadline:
            message = await pubsub.get_message(timeout=deadline - loop.time())
            if message is not None and message["type"] == "subscribe":
                self._heard_at = utcnow()
                return
        raise TimeoutError("Redis did not confirm the subscription")

    async def _receive(self, pubsub: Any) -> None:
        loop = asyncio.get_running_loop()
        heard = pinged = loop.time()
        while True:
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=POLL_SECONDS)
            now = loop.time()
            if message is not None:
                heard = now
                self._heard_at = utcnow()
                if message["type"] == "message" and self._deliver is not None:
                    self._deliver(decode(message["data"]))
            elif now - heard > 2 * KEEPALIVE_SECONDS:
                raise TimeoutError("Redis stopped answering the subscription's PINGs")
            if now - pinged >= KEEPALIVE_SECONDS:
                pinged = now
                await pubsub.ping()
