"""What each change records in the outbox: one event per change that committed, none for
a change refused or made twice, and the audit entry written beside it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select

from app.events import Event, EventKind, OutboxEvent, PostCreated, ThreadUpdated, UserSuspended
from tests.helpers import Forum
from tests.moderation.fixtures import utc_in


async def outbox(app: Any) -> list[OutboxEvent]:
    async with app.state.database.sessionmaker() as session:
        return list(await session.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))


async def kinds_after(app: Any, mark: int) -> list[str]:
    return [row.kind for row in await outbox(app) if row.id > mark]


async def last_id(app: Any) -> int:
    rows = await outbox(app)
    return rows[-1].id if rows else 0


def test_an_event_survives_its_payload() -> None:
    """The outbox stores `payload()`; `Event.load` gives back the same typed event."""
    until = utc_in(days=2)
    for event in (
        PostCreated(thread_id=3, post_id=9, number=4),
        ThreadUpdated(thread_id=3, changed=["title", "is_locked"]),
        UserSuspended(user_id=5, until=until, reason="spam"),
    ):
        assert Event.load(event.kind.value, event.payload()) == event


async def test_each_change_emits_its_event(app: Any, client: AsyncClient, forum: Forum) -> None:
    author, reader = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    category = await forum.category()
    mark = await last_id(app)

    thread = await forum.thread(author, category)
    assert await kinds_after(app, mark) == ["thread.created", "post.created"]

    mark = await last_id(app)
    reply = await forum.reply(reader, thread["id"])
    rows = [row for row in await outbox(app) if row.id > mark]
    assert [row.kind for row in rows] == ["post.created"]
    assert rows[0].thread_id == thread["id"]
    assert rows[0].actor_id == reader.id
    assert Event.load(rows[0].kind, rows[0].payload) == PostCreated(
        thread_id=thread["id"], post_id=reply["id"], number=2
    )
    assert len(rows[0].event_id) == 36

    steps: list[tuple[str, str, dict[str, Any], Any, list[str]]] = [
        ("PATCH", f"/posts/{reply['id']}", {"body": "Edited."}, reader, ["post.updated"]),
        ("PATCH", f"/threads/{thread['id']}", {"is_locked": True}, moderator, ["thread.updated"]),
        ("POST", f"/posts/{reply['id']}/flags", {"reason": "spam"}, author, ["flag.created"]),
        (
            "POST",
            f"/posts/{reply['id']}/hide",
            {"reason": "Off topic"},
            moderator,
            ["post.hidden"],
        ),
        ("POST", f"/posts/{reply['id']}/unhide", {}, moderator, ["post.unhidden"]),
        (
            "POST",
            f"/moderation/posts/{reply['id']}/resolve",
            {"action": "delete"},
            moderator,
            ["flag.resolved", "post.deleted"],
        ),
        ("DELETE", f"/threads/{thread['id']}", {}, moderator, ["thread.deleted"]),
    ]
    for method, path, body, who, expected in steps:
        mark = await last_id(app)
        response = await client.request(method, path, json=body or None, headers=who.headers)
        assert response.status_code < 300, (path, response.text)
        assert await kinds_after(app, mark) == expected, path


async def test_refused_and_repeated_changes_emit_nothing(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    reply = await forum.reply(author, thread["id"], body="Once only.")
    mark = await last_id(app)

    locked = await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": True}, headers=moderator.headers
    )
    assert locked.status_code == 200
    mark = await last_id(app)
    refused = await client.post(
        f"/threads/{thread['id']}/posts", json={"body": "Too late."}, headers=author.headers
    )
    assert refused.status_code == 403, refused.text
    same = await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": True}, headers=moderator.headers
    )
    assert same.status_code == 200  # nothing to change
    for _ in range(2):
        gone = await client.delete(f"/posts/{reply['id']}", headers=author.headers)
        assert gone.status_code == 204
    assert await kinds_after(app, mark) == [EventKind.post_deleted.value]


@pytest.mark.postgres_only
async def test_concurrent_identical_deletes_emit_once(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    reply = await forum.reply(author, thread["id"])
    mark = await last_id(app)
    answers = await asyncio.gather(
        *(client.delete(f"/posts/{reply['id']}", headers=moderator.headers) for _ in range(6)),
        *(client.delete(f"/threads/{thread['id']}", headers=moderator.headers) for _ in range(6)),
    )
    assert {answer.status_code for answer in answers} <= {204, 404}
    kinds = await kinds_after(app, mark)
    assert kinds.count("thread.deleted") == 1
    assert kinds.count("post.deleted") <= 1
