"""Unread counts are exact: the cheap arithmetic of `forum/reading.py` equals its definition
(posts after the mark that the reader can see and did not write) for every kind of reader and
post; and under concurrent replies and read marks on PostgreSQL nothing is lost or counted
twice."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import insert, select

from app.accounts.models import UserBlock
from app.forum.models import Thread, ThreadState
from app.forum.reading import READING_STATES, UNREAD_BY_DEFINITION
from tests.forum.conftest import SetPost
from tests.helpers import Forum, Member, assert_counters_exact

Json = dict[str, Any]


async def both_counts(app: Any, reader: Member, moderates: bool, thread_id: int) -> tuple[int, int]:
    params = {"reader_id": reader.id, "reader_moderates": moderates, "thread_ids": [thread_id]}
    async with app.state.database.engine.connect() as conn:
        (fast,) = (await conn.execute(READING_STATES, params)).all()
        defined = await conn.scalar(
            select(UNREAD_BY_DEFINITION)
            .select_from(Thread)
            .outerjoin(
                ThreadState,
                (ThreadState.thread_id == Thread.id) & (ThreadState.user_id == reader.id),
            )
            .where(Thread.id == thread_id),
            params,
        )
    return fast.unread_count, defined


async def test_the_arithmetic_equals_the_definition(
    app: Any, client: AsyncClient, forum: Forum, set_post: SetPost
) -> None:
    members = [await forum.member() for _ in range(4)]
    moderator = await forum.moderator()
    readers = [*members, moderator]
    rng = random.Random(12)
    thread = await forum.thread(members[0])
    tid = thread["id"]
    posts = [thread["first_post"]]
    for n in range(40):
        author = rng.choice(readers)
        posts.append(await forum.reply(author, tid, body=f"post {n}", anonymous=rng.random() < 0.3))
    for post in rng.sample(posts, 8):
        await set_post(post["id"], is_hidden=True, hidden_reason="review")
    for post in rng.sample(posts, 6):
        await client.delete(f"/posts/{post['id']}", headers=moderator.headers)
    async with app.state.database.sessionmaker() as session, session.begin():
        for blocker, blocked in ((members[1], members[2]), (members[1], moderator),
                                 (members[3], members[0]), (moderator, members[1])):  # fmt: skip
            await session.execute(
                insert(UserBlock).values(blocker_id=blocker.id, blocked_id=blocked.id)
            )
    checked = 0
    for mark in (0, 1, 7, 20, 33, 41, 41):
        for reader in readers:
            response = await client.put(
                f"/threads/{tid}/read", json={"last_read_number": mark}, headers=reader.headers
            )
            assert response.status_code == 204
            fast, defined = await both_counts(app, reader, reader is moderator, tid)
            assert fast == defined, (mark, reader.username)
            shown = (await client.get(f"/threads/{tid}", headers=reader.headers)).json()
            assert shown["unread_count"] == defined
            checked += defined
    assert checked > 0


@pytest.mark.postgres_only
async def test_unread_counts_are_exact_under_concurrent_replies(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    starter = await forum.member()
    writers = [await forum.member() for _ in range(5)]
    readers = [await forum.member() for _ in range(3)]
    category = await forum.category()
    thread = await forum.thread(starter, category)
    tid = thread["id"]
    marks = {reader.username: 0 for reader in readers}
    seen: list[tuple[str, int]] = []

    async def reply(n: int) -> None:
        author = writers[n % len(writers)]
        response = await client.post(
            f"/threads/{tid}/posts",
            json={"body": f"reply {n}", "anonymous": n % 7 == 0},
            headers=author.headers,
        )
        assert response.status_code == 201, response.text

    async def read(reader: Member, number: int) -> None:
        response = await client.put(
            f"/threads/{tid}/read", json={"last_read_number": number}, headers=reader.headers
        )
        assert response.status_code == 204, response.text
        marks[reader.username] = max(marks[reader.username], number)

    async def look(reader: Member) -> None:
        listed = await client.get("/threads", params={"category": category["slug"]},
                                  headers=reader.headers)  # fmt: skip
        (item,) = listed.json()["items"]
        # Whatever moment it saw (the page and the counts are two statements, each with its
        # own snapshot), the count is of posts after the mark that exist by the end.
        assert 0 <= item["unread_count"] <= 41 - item["last_read_number"]
        seen.append((reader.username, item["unread_count"]))

    work = [reply(n) for n in range(40)]
    work += [read(readers[n % 3], number) for n, number in enumerate([5, 3, 12, 8, 20, 1, 30])]
    work += [look(readers[n % 3]) for n in range(12)]
    random.Random(3).shuffle(work)
    await asyncio.gather(*work)

    assert seen
    for reader in readers:
        shown = (await client.get(f"/threads/{tid}", headers=reader.headers)).json()
        assert shown["post_count"] == 41
        # The largest mark sent, or the thread's last post when it was sent (clamped).
        assert 1 <= shown["last_read_number"] <= marks[reader.username]
        assert shown["unread_count"] == 41 - shown["last_read_number"]
    for writer in writers:
        shown = (await client.get(f"/threads/{tid}", headers=writer.headers)).json()
        assert shown["subscription"] == "watching"
        assert shown["unread_count"] == 41 - 8  # every post but their own eight
    await assert_counters_exact(app)


@pytest.mark.postgres_only
async def test_concurrent_marks_keep_the_furthest(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, reader = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    tid = thread["id"]
    for n in range(30):
        await forum.reply(author, tid, body=f"post {n}")
    numbers = list(range(1, 32)) * 2
    random.Random(5).shuffle(numbers)

    async def read(number: int) -> int:
        response = await client.put(
            f"/threads/{tid}/read", json={"last_read_number": number}, headers=reader.headers
        )
        return response.status_code

    assert set(await asyncio.gather(*(read(n) for n in numbers))) == {204}
    shown = (await client.get(f"/threads/{tid}", headers=reader.headers)).json()
    assert (shown["last_read_number"], shown["unread_count"]) == (31, 0)
