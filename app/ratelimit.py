"""Rate limits with the `limits` library: in memory by default, in Redis when REDIS_URL is
set, so several processes (or hosts) share one budget.

Every response carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` for the
bucket that applied: a route's own (posting, login, …) when it has one, else the general
per-client bucket. Over the limit: 429 with `Retry-After`.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from limits import RateLimitItem, parse_many
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string
from redis.asyncio import ConnectionPool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings
from app.errors import ProblemError, ServiceUnavailable

STATE_KEY = "ratelimit"
BUCKETS = ("default", "login", "register", "post", "thread", "flag", "search")


class RateLimited(ProblemError):
    status, slug, title = 429, "rate-limited", "Too many requests"


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


def _storage_uri(settings: Settings) -> str:
    if settings.redis_url:
        scheme, _, rest = settings.redis_url.partition("://")
        return f"async+{scheme}://{rest}"
    return "async+memory://"


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        self.enabled = settings.rate_limits_enabled
        uri = _storage_uri(settings)
        # redis-py (already a dependency) rather than the default coredis client.
        options: dict[str, Any] = {"wrap_exceptions": True}
        # Our own pool, so shutting the app down closes its Redis connections.
        self._redis_pool: ConnectionPool | None = None
        if settings.redis_url:
            self._redis_pool = ConnectionPool.from_url(settings.redis_url)
            options["implementation"] = "redispy"
            options["key_prefix"] = settings.rate_limit_key_prefix
            options["connection_pool"] = self._redis_pool
        storage = storage_from_string(uri, **options)
        assert isinstance(storage, Storage)
        self._storage = storage
        self._strategy = MovingWindowRateLimiter(storage)
        self._limits: dict[str, list[RateLimitItem]] = {
            bucket: parse_many(getattr(settings, f"rate_limit_{bucket}")) for bucket in BUCKETS
        }

    async def hit(self, bucket: str, key: str) -> BucketState:
        """Counts one request against every limit of `bucket` for `key`; raises 429 when any
        is exhausted. Returns the state of the tightest limit, for the headers."""
        tightest: BucketState | None = None
        for item in self._limits[bucket]:
            try:
                allowed = await self._strategy.hit(item, bucket, key)
                stats = await self._strategy.get_window_stats(item, bucket, key)
            except (StorageError, ConnectionError, OSError, TimeoutError) as exc:
                raise ServiceUnavailable("The rate-limit store is not answering.") from exc
            reset = max(0, math.ceil(stats.reset_time - time.time()))
            state = BucketState(item.amount, max(0, stats.remaining), reset)
            if not allowed:
                raise RateLimited(
                    f"Too many requests; try again in {max(reset, 1)} seconds.",
                    headers={"Retry-After": str(max(reset, 1)), **state.headers()},
                )
            if tightest is None or state.remaining < tightest.remaining:
                tightest = state
        assert tightest is not None
        return tightest

    async def reset(self) -> None:
        await self._storage.reset()

    async def close(self) -> None:
        if self._redis_pool is not None:
            await self._redis_pool.aclose()


def client_ip(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _client_key(scope: Scope) -> str:
    """The general bucket is per credential when one is sent, else per address."""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            return "auth:" + hashlib.sha256(value).hexdigest()[:32]
    return "ip:" + client_ip(scope)


class RateLimitMiddleware:
    """Applies the general per-client bucket and writes the RateLimit-* headers of whichever
    bucket the request ended up under."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.limiter.enabled:
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        try:
            state[STATE_KEY] = await self.limiter.hit("default", _client_key(scope))
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


async def limit(request: Request, bucket: str, key: str) -> None:
    """Counts this request against a route's own bucket (its state then heads the response)."""
    limiter: RateLimiter = request.app.state.rate_limiter
    if limiter.enabled:
        request.state.ratelimit = await limiter.hit(bucket, key)


async def _limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


Limiter = Annotated[RateLimiter, Depends(_limiter)]
