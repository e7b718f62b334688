"""Idempotency-Key for creating POSTs: a retry returns the original response.

A key is first claimed in its own short transaction, so a concurrent request with the same
key sees it at once and gets 409. The response is then stored by the endpoint in the
request's own transaction: the created rows and the stored response commit together, so a
retry can never find one without the other. If the request fails, the claim is released.
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
from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, Database, SessionDep, UTCDateTime, utcnow
from app.deps import CurrentUser
from app.errors import IdempotencyInFlight, IdempotencyKeyReused

REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255


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
    # Forget this user's keys past the retention window: a small, indexed delete that keeps
    # the table bounded without a scheduled job.
    await session.execute(
        delete(IdempotencyKey).where(
            IdempotencyKey.user_id == user_id, IdempotencyKey.created_at < utcnow() - keep
        )
    )
    existing = await session.scalar(
        select(IdempotencyKey).where(IdempotencyKey.user_id == user_id, IdempotencyKey.key == key)
    )
    if existing is not None:
        if existing.request_hash != request_hash:
            raise IdempotencyKeyReused(
                "This Idempotency-Key was already used with a different request.",
                loc=("header", "Idempotency-Key"),
            )
        if existing.status_code is not None:
            raise IdempotentReplay(existing)
        if utcnow() - existing.created_at < inflight_timeout:
            raise IdempotencyInFlight("The first request with this key is still running.")
        # Its process died before finishing: nothing it did was committed.
        await session.delete(existing)
        await session.flush()
    record = IdempotencyKey(user_id=user_id, key=key, request_hash=request_hash)
    session.add(record)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise IdempotencyInFlight("The first request with this key is still running.") from exc
    return record.id


async def release_key(database: Database, record_id: int) -> None:
    async with database.sessionmaker() as session, session.begin():
        await session.execute(
            delete(IdempotencyKey).where(
                IdempotencyKey.id == record_id, IdempotencyKey.status_code.is_(None)
            )
        )


async def _idempotency_claim(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
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
    database: Database = request.app.state.database
    settings = request.app.state.settings
    claim_args = (
        user.id,
        idempotency_key,
        _request_hash(request, await request.body()),
        timedelta(seconds=settings.idempotency_inflight_seconds),
        timedelta(hours=settings.idempotency_keep_hours),
    )
    if database.is_sqlite:
        # SQLite has one writer at a time and this request already holds the write lock
        # (BEGIN IMMEDIATE), so no other request can be in flight: claim in the request's
        # own transaction, which also releases the claim if the request fails.
        yield IdempotencyClaim(await _claim(session, *claim_args))
        return
    async with database.sessionmaker() as claim_session, claim_session.begin():
        record_id = await _claim(claim_session, *claim_args)
    try:
        yield IdempotencyClaim(record_id)
    except BaseException:
        await release_key(database, record_id)
        raise


IdempotencyDep = Annotated[IdempotencyClaim, Depends(_idempotency_claim, scope="function")]


def replay_handler(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, IdempotentReplay)
    return exc.response()
