"""Putting messages on the queue, in the caller's transaction: a message is sent only if
the change that caused it commits."""

from __future__ import annotations

from sqlalchemy import Select, insert, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.mail.compose import Letter, Letterhead, finished_body
from app.mail.models import OutgoingMail
from app.worker.jobs import JobStatus


async def enqueue(
    session: AsyncSession,
    letterhead: Letterhead,
    letter: Letter,
    to_address: str,
    user_id: int | None = None,
) -> None:
    session.add(
        OutgoingMail(
            user_id=user_id,
            kind=letter.kind,
            to_address=to_address,
            subject=letter.subject,
            body=finished_body(letter, letterhead),
        )
    )
    await session.flush()


async def enqueue_for(
    session: AsyncSession,
    letterhead: Letterhead,
    letter: Letter,
    recipients: Select[int, str],
) -> None:
    """The letter to each (user id, address) row that `recipients` selects, in one INSERT …
    SELECT: the same statement whether it finds someone or nobody, so a caller that must
    not reveal which (a password reset) does the same work either way."""
    now = utcnow()
    source = recipients.subquery()
    user_id, address = source.c
    rows = select(
        user_id,
        address,
        literal(letter.kind),
        literal(letter.subject),
        literal(finished_body(letter, letterhead)),
        literal(JobStatus.pending.value),
        literal(0),
        literal(now, OutgoingMail.created_at.type),
        literal(now, OutgoingMail.sequence_started_at.type),
        literal(now, OutgoingMail.next_attempt_at.type),
    )
    columns = [
        "user_id",
        "to_address",
        "kind",
        "subject",
        "body",
        "status",
        "attempts",
        "created_at",
        "sequence_started_at",
        "next_attempt_at",
    ]
    await session.execute(insert(OutgoingMail).from_select(columns, rows))
