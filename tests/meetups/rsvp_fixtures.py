"""Helpers of the RSVP tests: many members at once (rows written directly, tokens issued by
the app's own signer: registering 200 through the API would take minutes), the outbox's
RSVP events, and a meet-up's answers as stored."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import insert, select

from app.accounts.models import User
from app.db import utcnow
from app.events.models import OutboxEvent
from app.meetups.models import Rsvp
from tests.helpers import Member

_batch = itertools.count(1)


async def many_members(app: Any, count: int) -> list[Member]:
    """`count` members made in one statement, each signed in with an access token (they
    have no usable password: they never sign in with one)."""
    batch = next(_batch)
    now = utcnow()
    names = [f"crowd{batch}x{n}" for n in range(count)]
    async with app.state.database.sessionmaker() as session, session.begin():
        ids = (
            await session.scalars(
                insert(User)
                .values(
                    [
                        {
                            "username": name,
                            "username_key": name,
                            "email": f"{name}@example.org",
                            "email_key": f"{name}@example.org",
                            "password_hash": "",
                            "display_name": name,
                            "created_at": now,
                            "email_verified": True,
                        }
                        for name in names
                    ]
                )
                .returning(User.id)
            )
        ).all()
    by_name = dict(zip(names, ids, strict=True))
    tokens = app.state.access_tokens
    return [
        Member(
            id=by_name[name],
            username=name,
            email=f"{name}@example.org",
            access_token=tokens.issue(by_name[name]),
            refresh_token="",
        )
        for name in names
    ]


async def events(app: Any, kind: str, meetup_id: int) -> list[dict[str, Any]]:
    """The payloads of the outbox's events of `kind` about the meet-up, in outbox order."""
    async with app.state.database.sessionmaker() as session:
        payloads = (
            await session.scalars(
                select(OutboxEvent.payload).where(OutboxEvent.kind == kind).order_by(OutboxEvent.id)
            )
        ).all()
    return [dict(p) for p in payloads if p.get("meetup_id") == meetup_id]


async def stored_answers(app: Any, meetup_id: int) -> list[tuple[int, str, bool, int | None]]:
    """(user id, status, waitlisted, ticket) of every answer, by user id."""
    async with app.state.database.sessionmaker() as session:
        rows = await session.execute(
            select(Rsvp.user_id, Rsvp.status, Rsvp.waitlisted, Rsvp.waitlist_ticket)
            .where(Rsvp.meetup_id == meetup_id)
            .order_by(Rsvp.user_id)
        )
        return [(u, s, bool(w), t) for u, s, w, t in rows]
