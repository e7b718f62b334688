"""Shared helpers of the notification tests: the worker's real dispatch path run until the
outbox is drained, and direct writes for what these tests arrange rather than exercise
(subscriptions, blocks and a body's stored mention and quote HTML are other helpers' routes
and renderer, tested beside them; here they are the given state)."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select, update

from app.accounts.models import UserBlock
from app.db import dialect_insert, utcnow
from app.events import EventKind, OutboxEvent
from app.events.dispatch import Dispatcher
from app.forum.models import Post, ThreadState
from app.notifications.models import Notification
from tests.helpers import Member


async def run_worker(app: Any) -> None:
    """Dispatches every committed event to the durable consumers, as `village worker` does
    (a writer's turn, one transaction per batch), until none is left; fails if a consumer
    failed on one (the dispatcher holds such an event back)."""
    database = app.state.database
    dispatcher = Dispatcher(batch_size=20)
    while True:
        async with database.sessionmaker() as session, database.writer_turn(True):
            if database.is_sqlite:
                await session.connection(execution_options={"sqlite_immediate": True})
            claimed = await dispatcher.dispatch(session)
            await session.commit()
        if claimed == 0:
            break
    async with database.sessionmaker() as session:
        left = await session.scalars(
            select(OutboxEvent.kind).where(OutboxEvent.dispatched_at.is_(None))
        )
        assert list(left) == [], "a durable consumer failed on these events"


async def last_event_id(app: Any) -> int:
    async with app.state.database.sessionmaker() as session:
        return int(await session.scalar(select(func.max(OutboxEvent.id))) or 0)


async def redispatch(app: Any, after: int) -> None:
    """Marks the events after `after` undispatched again, as after a worker whose commit
    was lost (or an operator replaying the outbox)."""
    async with app.state.database.sessionmaker() as session:
        await session.execute(
            update(OutboxEvent).where(OutboxEvent.id > after).values(dispatched_at=None)
        )
        await session.commit()


async def rows(app: Any, **where: Any) -> list[Notification]:
    async with app.state.database.sessionmaker() as session:
        statement = select(Notification).order_by(Notification.id)
        for name, value in where.items():
            statement = statement.where(getattr(Notification, name) == value)
        return list(await session.scalars(statement))


async def announced(app: Any) -> list[dict[str, Any]]:
    """The payloads of every notification.created event, oldest first."""
    async with app.state.database.sessionmaker() as session:
        payloads = await session.scalars(
            select(OutboxEvent.payload)
            .where(OutboxEvent.kind == EventKind.notification_created.value)
            .order_by(OutboxEvent.id)
        )
        return list(payloads)


async def subscribe(app: Any, member: Member, thread_id: int, level: str) -> None:
    async with app.state.database.sessionmaker() as session:
        insert = dialect_insert(session)(ThreadState).values(
            user_id=member.id, thread_id=thread_id, subscription=level, updated_at=utcnow()
        )
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=["user_id", "thread_id"], set_={"subscription": level}
            )
        )
        await session.commit()


async def block(app: Any, blocker: Member, blocked: Member) -> None:
    async with app.state.database.sessionmaker() as session:
        session.add(UserBlock(blocker_id=blocker.id, blocked_id=blocked.id, created_at=utcnow()))
        await session.commit()


def mention(username: str) -> str:
    return f'<a class="mention" href="/u/{username}">@{username}</a>'


def quote(post_id: int) -> str:
    return f'<blockquote class="quote" data-post="{post_id}"><p>words</p></blockquote>'


async def set_body_html(app: Any, post_id: int, html: str) -> None:
    """The stored HTML the renderer makes of `@name` and `[quote post=N]` (forum/mentions.py
    is the contract), written before the worker reads it."""
    async with app.state.database.sessionmaker() as session:
        await session.execute(update(Post).where(Post.id == post_id).values(body_html=html))
        await session.commit()


async def listed(client: AsyncClient, member: Member, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(
        "/notifications", params={"limit": 100, **params}, headers=member.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def unread(client: AsyncClient, member: Member) -> int:
    response = await client.get("/notifications/unread-count", headers=member.headers)
    assert response.status_code == 200, response.text
    count: int = response.json()["count"]
    return count
