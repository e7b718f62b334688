"""Transient database failures, classified in one place: retried when safe, else 503.

- A deadlock (40P01) or a serialization failure (40001) means PostgreSQL rolled the whole
  transaction back; a connection that died before COMMIT was sent took its transaction with
  it. Either way the request had no effect, so it is run again from the start, its body
  replayed, a bounded number of times (`DB_RETRY_ATTEMPTS`); then 503.
- A connection lost *during* COMMIT leaves the outcome unknown: never retried here, 503
  saying so (a client's retry with the same `Idempotency-Key` then finds out safely).
- Anything that says the database is down, starting, stopping, out of connections or
  unreachable (SQLSTATE classes 08, 53, 57, 58, a lock timeout, a pool timeout, a refused
  socket, SQLite's operational errors) is a 503 at once.

SQLAlchemy 2.1 wraps asyncpg's exceptions twice: a `DBAPIError` whose `orig` is the adapter's
emulated DB-API error (it carries `sqlstate`), whose `__cause__` is asyncpg's own exception.
A refused connection is a bare `OSError`. `classify` walks that chain, so it does not depend on
which layer raised.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import random
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import ServiceUnavailable

logger = logging.getLogger("village.transient")

SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
LOCK_NOT_AVAILABLE = "55P03"  # lock_timeout ran out
# Connection exception, insufficient resources (too many clients, disk full, out of memory),
# operator intervention (shutting down, starting up, terminated, cancelled), system error.
UNAVAILABLE_CLASSES = frozenset({"08", "53", "57", "58"})


class Failure(enum.Enum):
    """A transient failure, and what it means for the request that met it."""

    CONFLICT = "conflict"  # deadlock or serialization failure: rolled back, run it again
    LOST = "lost"  # the connection died before COMMIT: rolled back, run it again
    IN_DOUBT = "in-doubt"  # the connection died during COMMIT: outcome unknown
    UNAVAILABLE = "unavailable"  # the database cannot serve now

    @property
    def retryable(self) -> bool:
        return self in (Failure.CONFLICT, Failure.LOST)


class CommitInDoubt(Exception):
    """The request's COMMIT failed in a way that does not say whether it took effect."""


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a database error at any layer of SQLAlchemy's wrapping, if any."""
    for error in _chain(exc):
        code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
        if isinstance(code, str):
            return code
    return None


def classify(exc: BaseException) -> Failure | None:
    """What a failure means, or None when it is not a transient database failure."""
    for error in _chain(exc):
        if isinstance(error, CommitInDoubt):
            return Failure.IN_DOUBT
    code = sqlstate(exc)
    if code in (SERIALIZATION_FAILURE, DEADLOCK_DETECTED):
        return Failure.CONFLICT
    if any(isinstance(error, DBAPIError) and error.connection_invalidated for error in _chain(exc)):
        return Failure.LOST
    if code is not None and (code[:2] in UNAVAILABLE_CLASSES or code == LOCK_NOT_AVAILABLE):
        return Failure.UNAVAILABLE
    if any(_unreachable(error) for error in _chain(exc)):
        return Failure.UNAVAILABLE
    return None


def _unreachable(error: BaseException) -> bool:
    # OSError: a refused or reset socket, a connect timeout (TimeoutError). InterfaceError:
    # "connection is closed" and the like (the adapter wraps asyncpg's own as this).
    return isinstance(error, OperationalError | InterfaceError | PoolTimeout | OSError)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, the driver error SQLAlchemy wrapped, and their explicit causes."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        orig = error.orig if isinstance(error, DBAPIError) else None
        error = orig if isinstance(orig, BaseException) else error.__cause__


def commit_in_doubt(exc: BaseException) -> bool:
    """Whether a failed COMMIT may nonetheless have committed: the connection went away
    (or the server said it was going) while the COMMIT was on its way or being done."""
    return classify(exc) in (Failure.LOST, Failure.UNAVAILABLE)


_DETAILS = {
    Failure.CONFLICT: "The database is busy with concurrent changes; please try again.",
    Failure.LOST: "The database connection was lost; please try again soon.",
    Failure.IN_DOUBT: (
        "The database connection was lost while saving, so the change may or may not have "
        "been saved. Retry with the same Idempotency-Key to find out without repeating it."
    ),
    Failure.UNAVAILABLE: "The database is not answering; please try again soon.",
}
_RETRY_AFTER_SECONDS = {Failure.CONFLICT: 1}
_DEFAULT_RETRY_AFTER_SECONDS = 2
_BACKOFF_SECONDS = 0.02


def unavailable_problem(failure: Failure) -> ServiceUnavailable:
    seconds = _RETRY_AFTER_SECONDS.get(failure, _DEFAULT_RETRY_AFTER_SECONDS)
    return ServiceUnavailable(_DETAILS[failure], headers={"Retry-After": str(seconds)})


def _reason(exc: BaseException) -> str:
    """A one-line description for the log: no SQL, no parameters."""
    code = sqlstate(exc)
    origin = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    message = str(origin).splitlines()[0][:200] if str(origin) else type(origin).__name__
    return f"{message} [{code}]" if code else message


class _ReplayableReceive:
    """Records the request body as the app reads it, so a retry can read it again. Bodies
    are capped by BodySizeLimitMiddleware outside this one."""

    def __init__(self, receive: Receive) -> None:
        self._receive = receive
        self._body: list[Message] = []

    def attempt(self) -> Receive:
        replayed = iter(list(self._body))

        async def receive() -> Message:
            message = next(replayed, None)
            if message is not None:
                return message
            message = await self._receive()
            if message["type"] == "http.request":
                self._body.append(message)
            return message

        return receive


class TransientErrorMiddleware:
    """Runs a request again after a deadlock, a serialization failure or a lost connection
    (nothing of it was committed), and answers every transient database failure with a 503
    problem carrying `Retry-After`. Innermost, so a retry is not rate-limited twice."""

    def __init__(self, app: ASGIApp, retries: int) -> None:
        self.app = app
        self.retries = retries

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = _ReplayableReceive(receive)
        attempt = 0
        while True:
            response_started = False

            async def tracking_send(message: Message) -> None:
                nonlocal response_started
                response_started = response_started or message["type"] == "http.response.start"
                await send(message)

            try:
                await self.app(scope, body.attempt(), tracking_send)
                return
            except Exception as exc:
                failure = classify(exc)
                if failure is None or response_started:
                    raise
                where = f"{scope.get('method')} {scope.get('path')}"
                request_id = scope.get("state", {}).get("request_id")
                if failure.retryable and attempt < self.retries:
                    attempt += 1
                    logger.info(
                        "%s [request_id=%s]: %s, running it again (retry %d of %d)",
                        where, request_id, _reason(exc), attempt, self.retries,
                    )  # fmt: skip
                    if failure is Failure.CONFLICT:  # let the other transaction finish first
                        await asyncio.sleep(random.uniform(0, _BACKOFF_SECONDS * 2**attempt))  # noqa: S311 (jitter)
                    continue
                logger.warning(
                    "%s [request_id=%s]: database %s, answered 503: %s",
                    where, request_id, failure.value, _reason(exc),
                )  # fmt: skip
                await unavailable_problem(failure).response()(scope, receive, send)
                return
