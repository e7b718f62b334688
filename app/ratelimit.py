"""Rate limits with the `limits` library: in memory by default, in Redis when REDIS_URL is
set, so several processes (or hosts) share one budget.

Redis is an accelerator, never a single point of failure: while it does not answer (within
REDIS_TIMEOUT_SECONDS), every limit is counted in this process's memory instead, one warning
says so, and Redis is asked again every REDIS_RETRY_SECONDS until it answers.

Every response carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` for the
bucket that applied: a route's own (posting, login, …) when it has one, else the general
per-client bucket, keyed on who is really asking (`app.client_identity`). `/healthz` is never
limited. Over the limit: 429 with `Retry-After`.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string
from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.client_identity import ClientIdentity
from app.config import Settings
from app.errors import ProblemError

logger = logging.getLogger(__name__)

STATE_KEY = "ratelimit"
BUCKETS = (
    "default",
    "login",
    "login_failures",
    "login_address_failures",
    "login_account_failures",
    "refresh",
    "register",
    "post",
    "thread",
    "flag",
    "search",
    "password_reset",
    "email_verification",
)
UNLIMITED_PATHS = frozenset({"/healthz"})
# What a Redis that is down, unreachable or too slow raises through the `limits` library.
REDIS_FAILURES = (StorageError, RedisError, ConnectionError, OSError, TimeoutError)

T = TypeVar("T")


class RateLimited(ProblemError):
    status, slug, title = 429, "rate-limited", "Too many requests"
    advice = (
        "Too many requests in a short time from this member or address; nothing was done. "
        "Wait the `Retry-After` seconds, then send the same request again. The `RateLimit-*` "
        "headers on every response say how much of the budget is left."
    )


@dataclass(frozen=True)
class BucketState:
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_seconds),
        }

    def refused(self) -> RateLimited:
        wait = max(self.reset_seconds, 1)
        return RateLimited(
            f"Too many requests; try again in {wait} seconds.",
            headers={"Retry-After": str(wait), **self.headers()},
        )


class RedisFallback:
    """Chooses where limits are counted: Redis while it answers, this process's memory while
    it does not. An outage is logged once when it starts and once when it ends; during it,
    one request at a time asks Redis again, at most every `retry_seconds`."""

    def __init__(self, settings: Settings) -> None:
        assert settings.redis_url
        timeout = settings.redis_timeout_seconds
        # Our own pool, so shutting the app down closes its connections; bounded timeouts and
        # no retries, so a black-holed Redis costs a request at most one timeout.
        self.pool = ConnectionPool.from_url(
            settings.redis_url,
            socket_connect_timeout=timeout,
            socket_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
        )
        scheme, _, rest = settings.redis_url.partition("://")
        options: dict[str, Any] = {
            "implementation": "redispy",  # redis-py (already a dependency), not coredis
            "wrap_exceptions": True,
            "key_prefix": settings.rate_limit_key_prefix,
            "connection_pool": self.pool,
        }
        storage = storage_from_string(f"async+{scheme}://{rest}", **options)
        assert isinstance(storage, Storage)
        self.strategy = MovingWindowRateLimiter(storage)
        self._client = Redis(connection_pool=self.pool)
        self._retry_seconds = settings.redis_retry_seconds
        self._away_until: float | None = None  # monotonic; None while Redis answers

    def should_try(self) -> bool:
        """Whether this request asks Redis: always while it answers; during an outage, one
        request each `retry_seconds` (the others count in memory meanwhile)."""
        if self._away_until is None:
            return True
        now = time.monotonic()
        if now < self._away_until:
            return False
        self._away_until = now + self._retry_seconds
        return True

    def answered(self) -> None:
        if self._away_until is not None:
            self._away_until = None
            logger.info("Redis answers again: rate limits are shared through it again.")

    def failed(self, error: BaseException) -> None:
        if self._away_until is None:
            # The exception's class only: its text may carry the Redis address.
            logger.warning(
                "Redis is not answering (%s): rate limits are counted in this process's "
                "memory until it is back.",
                type(error).__name__,
            )
        self._away_until = time.monotonic() + self._retry_seconds

    async def ping(self) -> bool:
        """Asks Redis now (for /readyz), and records the answer like any other."""
        try:
            await self._client.ping()
        except REDIS_FAILURES as error:
            self.failed(error)
            return False
        self.answered()
        return True


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        self.enabled = settings.rate_limits_enabled
        self._memory = MovingWindowRateLimiter(MemoryStorage())
        self._redis = RedisFallback(settings) if settings.redis_url else None
        self._limits: dict[str, list[RateLimitItem]] = {
            bucket: parse_many(getattr(settings, f"rate_limit_{bucket}")) for bucket in BUCKETS
        }

    async def _counted(self, operation: Callable[[MovingWindowRateLimiter], Awaitable[T]]) -> T:
        """Runs `operation` on Redis when it answers, else on this process's memory."""
        redis = self._redis
        if redis is None or not redis.should_try():
            return await operation(self._memory)
        try:
            result = await operation(redis.strategy)
        except REDIS_FAILURES as error:
            redis.failed(error)
            return await operation(self._memory)
        redis.answered()
        return result

    async def _state(
        self, item: RateLimitItem, bucket: str, key: str, *, count: bool
    ) -> tuple[bool, BucketState]:
        """(allowed, state) of one limit, counting this request first when `count`."""

        async def operation(strategy: MovingWindowRateLimiter) -> tuple[bool, float, int]:
            allowed = await strategy.hit(item, bucket, key) if count else True
            stats = await strategy.get_window_stats(item, bucket, key)
            return allowed, stats.reset_time, stats.remaining

        allowed, reset_time, remaining = await self._counted(operation)
        reset = max(0, math.ceil(reset_time - time.time()))
        return allowed, BucketState(item.amount, max(0, remaining), reset)

    async def hit(self, bucket: str, key: str) -> BucketState:
        """Counts one request against every limit of `bucket` for `key`; raises 429 when any
        is exhausted. Returns the state of the tightest limit, for the headers."""
        tightest: BucketState | None = None
        for item in self._limits[bucket]:
            allowed, state = await self._state(item, bucket, key, count=True)
            if not allowed:
                raise state.refused()
            if tightest is None or state.remaining < tightest.remaining:
                tightest = state
        assert tightest is not None
        return tightest

    async def check(self, bucket: str, key: str) -> None:
        """Raises 429 when a limit of `bucket` is already spent for `key`, counting nothing."""
        for item in self._limits[bucket]:
            _, state = await self._state(item, bucket, key, count=False)
            if state.remaining < 1:
                raise state.refused()

    async def used(self, bucket: str, key: str) -> bool:
        """Whether `key` has anything counted in `bucket`'s windows."""
        for item in self._limits[bucket]:
            _, state = await self._state(item, bucket, key, count=False)
            if state.remaining < state.limit:
                return True
        return False

    async def redis_status(self) -> str | None:
        """For /readyz: "ok", "degraded" (Redis away, limits per process), None without it."""
        if self._redis is None:
            return None
        return "ok" if await self._redis.ping() else "degraded"

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.pool.aclose()


class RateLimitMiddleware:
    """Applies the general per-client bucket and writes the RateLimit-* headers of whichever
    bucket the request ended up under."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter, identity: ClientIdentity) -> None:
        self.app = app
        self.limiter = limiter
        self.identity = identity

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.limiter.enabled or scope["path"] in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        try:
            state[STATE_KEY] = await self.limiter.hit("default", self.identity.key(scope))
        except ProblemError as problem:
            await problem.response()(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                bucket: BucketState = state[STATE_KEY]
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [
                    (name.lower().encode(), value.encode())
                    for name, value in bucket.headers().items()
                    if name.lower().encode() not in present
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _limiter_of(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


async def limit(request: Request, bucket: str, key: str) -> None:
    """Counts this request against a route's own bucket (its state then heads the response)."""
    limiter = _limiter_of(request)
    if limiter.enabled:
        request.state.ratelimit = await limiter.hit(bucket, key)


# Failed sign-ins slow a guesser down without locking the owner out. Failures are counted
# per (account, address) and per address; a third, higher budget per account refuses only
# addresses that have already failed on that account, so once it is spent each new address
# gets one guess before it is refused too, while the owner at a clean address signs in.


async def check_sign_in(request: Request, account: str, address: str) -> None:
    """Before a password is checked: 429 when this address may not try this account now."""
    limiter = _limiter_of(request)
    if not limiter.enabled:
        return
    pair = f"{account}|{address}"
    await limiter.check("login_failures", pair)
    await limiter.check("login_address_failures", address)
    if await limiter.used("login_failures", pair):
        await limiter.check("login_account_failures", account)


async def count_failed_sign_in(request: Request, account: str, address: str) -> None:
    """After a wrong password; the response then shows the tries this address has left on
    this account."""
    limiter = _limiter_of(request)
    if not limiter.enabled:
        return
    for bucket, key in (
        ("login_account_failures", account),
        ("login_address_failures", address),
        ("login_failures", f"{account}|{address}"),
    ):
        # Already spent: the failure is still answered as one; check_sign_in refuses the next.
        with contextlib.suppress(RateLimited):
            request.state.ratelimit = await limiter.hit(bucket, key)


async def _limiter(request: Request) -> RateLimiter:
    return _limiter_of(request)


Limiter = Annotated[RateLimiter, Depends(_limiter)]
