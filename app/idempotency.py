"""Idempotency-Key for creating POSTs: a retry returns the original response.

The key is claimed inside the request's own transaction, on the request's one connection: the
claim, the created rows and the stored response commit together, and a failed request's
rollback releases the claim. A second request with the same key while the first is in flight
collides with its uncommitted claim; on PostgreSQL that INSERT waits for the first to finish,
so the wait is bounded (`CLAIM_WAIT_MS`): if the first commits in time the second replays its
response, otherwise it answers 409 at once. SQLite takes one writer at a time, so there the
second simply runs after the first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import (
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    delete,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, SessionDep, UTCDateTime, dialect_insert, utcnow
from app.deps import SignedIn
from app.errors import IdempotencyInFlight, IdempotencyKeyReused, ProblemError, raises
from app.transient import LOCK_NOT_AVAILABLE, sqlstate

REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255
# How long a request waits for the first request with its key to finish (and then replays
# that one's response) before it answers 409. Short: the waiter holds a pooled connection.
CLAIM_WAIT_MS = 200
IN_FLIGHT = "The first request with this key is still running."


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    # method, path and body: the same key with another request is refused.
    request_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # NULL while the first request is in flight.
    status_code: Mapped[int | None] = mapped_column(Integer, default=None)
    response_body: Mapped[str | None] = mapped_column(Text, default=None)
    location: Mapped[str | None] = mapped_column(String(500), default=None)


class IdempotentReplay(Exception):
    """Raised by the dependency when a stored response answers the request."""

    def __init__(self, record: IdempotencyKey) -> None:
        # Copied out: the request's session is rolled back (and the record expired) before
        # the handler turns this into a response.
        self.status_code = record.status_code or 200
        self.body = record.response_body or ""
        self.location = record.location

    def response(self) -> Response:
        headers = {REPLAYED_HEADER: "true"}
        if self.location:
            headers["Location"] = self.location
        return Response(
            self.body, status_code=self.status_code, media_type="application/json", headers=headers
        )


@dataclass
class IdempotencyClaim:
    record_id: int | None  # None: the request carried no Idempotency-Key

    async def respond(
        self,
        session: AsyncSession,
        content: BaseModel,
        *,
        status_code: int = 201,
        location: str | None = None,
    ) -> Response:
        """Serialise the endpoint's answer and, under a key, store it in the same transaction."""
        body = content.model_dump_json()
        if self.record_id is not None:
            await session.execute(
                update(IdempotencyKey)
                .where(IdempotencyKey.id == self.record_id)
                .values(status_code=status_code, response_body=body, location=location)
            )
        headers = {"Location": location} if location else None
        return Response(
            body, status_code=status_code, media_type="application/json", headers=headers
        )


def _request_hash(request: Request, body: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(f"{request.method} {request.url.path}\n".encode())
    try:  # the same JSON written with other spacing or key order is the same request
        digest.update(json.dumps(json.loads(body), sort_keys=True).encode())
    except ValueError:
        digest.update(body)
    return digest.hexdigest()


async def _claim(
    session: AsyncSession,
    user_id: int,
    key: str,
    request_hash: str,
    inflight_timeout: timedelta,
    keep: timedelta,
) -> int:
    """Claims `key` for this request or raises: replay, 409 in flight, 422 other request."""
    await _forget_expired_keys(session, user_id, keep)
    postgres = session.get_bind().dialect.name == "postgresql"
    try:
        if postgres:  # bound the wait on a first request's uncommitted claim, for this only
            await session.execute(text(f"SET LOCAL lock_timeout = '{CLAIM_WAIT_MS}ms'"))
        record_id = await _insert_claim(session, user_id, key, request_hash)
        if record_id is None:
            await _check_committed_claim(session, user_id, key, request_hash, inflight_timeout)
            record_id = await _insert_claim(session, user_id, key, request_hash)
        if postgres:
            await session.execute(text("SET LOCAL lock_timeout TO DEFAULT"))
    except DBAPIError as exc:
        if sqlstate(exc) == LOCK_NOT_AVAILABLE:
            raise IdempotencyInFlight(IN_FLIGHT) from exc
        raise
    if record_id is None:  # claimed again by a concurrent request meanwhile
        raise IdempotencyInFlight(IN_FLIGHT)
    return record_id


async def _forget_expired_keys(session: AsyncSession, user_id: int, keep: timedelta) -> None:
    """Forgets this user's keys past the retention window: a small, indexed delete that keeps
    the table bounded without a scheduled job. Rows another request has locked are skipped,
    so two requests of one user never wait on each other here."""
    expired = (
        select(IdempotencyKey.id)
        .where(IdempotencyKey.user_id == user_id, IdempotencyKey.created_at < utcnow() - keep)
        .with_for_update(skip_locked=True)
    )
    await session.execute(
        delete(IdempotencyKey).where(IdempotencyKey.id.in_(expired)),
        execution_options={"synchronize_session": False},
    )


async def _insert_claim(
    session: AsyncSession, user_id: int, key: str, request_hash: str
) -> int | None:
    """The new claim's id, or None when the key is taken by a committed request."""
    claim = (
        dialect_insert(session)(IdempotencyKey)
        .values(user_id=user_id, key=key, request_hash=request_hash, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=["user_id", "key"])
        .returning(IdempotencyKey.id)
    )
    record_id: int | None = await session.scalar(claim)
    return record_id


async def _check_committed_claim(
    session: AsyncSession, user_id: int, key: str, request_hash: str, inflight_timeout: timedelta
) -> None:
    """Answers from the request that holds `key`: its response (a replay), 422 for another
    request, or 409 while it is in flight. Returns only if its claim was abandoned."""
    existing = await session.scalar(
        select(IdempotencyKey).where(IdempotencyKey.user_id == user_id, IdempotencyKey.key == key)
    )
    if existing is None:  # released meanwhile
        return
    if existing.request_hash != request_hash:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was already used with a different request.",
            loc=("header", "Idempotency-Key"),
        )
    if existing.status_code is not None:
        raise IdempotentReplay(existing)
    # A committed claim without a response was left by a process that stored claims in a
    # transaction of their own (before claims moved into the request's): once it is old
    # enough, that request is dead and nothing it did was committed.
    if utcnow() - existing.created_at < inflight_timeout:
        raise IdempotencyInFlight(IN_FLIGHT)
    await session.delete(existing)
    await session.flush()


@raises(IdempotencyInFlight, IdempotencyKeyReused)
async def _idempotency_claim(
    request: Request,
    session: SessionDep,
    user: SignedIn,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=1,
            max_length=MAX_KEY_LENGTH,
            description="Makes a retry of this request return the original response.",
        ),
    ] = None,
) -> AsyncIterator[IdempotencyClaim]:
    if idempotency_key is None:
        yield IdempotencyClaim(None)
        return
    settings = request.app.state.settings
    record_id = await _claim(
        session,
        user.id,
        idempotency_key,
        _request_hash(request, await request.body()),
        timedelta(seconds=settings.idempotency_inflight_seconds),
        timedelta(hours=settings.idempotency_keep_hours),
    )
    try:
        yield IdempotencyClaim(record_id)
    except ProblemError as problem:
        if problem.keeps_changes:
            # What the request did commits, but it has no response to replay: the key is
            # left free for a retry (a rollback releases it in every other failure).
            await session.execute(delete(IdempotencyKey).where(IdempotencyKey.id == record_id))
        raise


IdempotencyDep = Annotated[IdempotencyClaim, Depends(_idempotency_claim, scope="function")]


def replay_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, IdempotentReplay)
    return exc.response()
