"""Reading state through the API: `last_read_number` and `unread_count` on every thread a
member reads, `PUT /threads/{id}/read` (forwards only, clamped, 404/401/403/422), and thread
pages that start at a post (`from_number`) or end before one (`before_number`)."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import and_, delete, insert, select

from app.accounts.models import UserBlock
from app.forum.models import ThreadState
from tests.forum.conftest import SetPost, StatementCounter
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import bearer, make_pat

Json = dict[str, Any]
READING = ("last_read_number", "unread_count", "subscription")


def reading(thread: Json) -> tuple[Any, ...]:
    return tuple(thread[key] for key in READING)


async def block(app: Any, blocker: Member, blocked: Member, present: bool = True) -> None:
    """Writes the block directly: this file tests counting, not the block routes."""
    async with app.state.database.sessionmaker() as session, session.begin():
        if present:
            await session.execute(
                insert(UserBlock).values(blocker_id=blocker.id, blocked_id=blocked.id)
            )
        else:
            await session.execute(
                delete(UserBlock).where(
                    and_(UserBlock.blocker_id == blocker.id, UserBlock.blocked_id == blocked.id)
                )
            )


async def state_row(app: Any, member: Member, thread_id: int) -> ThreadState | None:
    async with app.state.database.sessionmaker() as session:
        row: ThreadState | None = await session.scalar(
            select(ThreadState).where(
                ThreadState.user_id == member.id, ThreadState.thread_id == thread_id
            )
        )
        return row


async def seen_by(client: AsyncClient, thread_id: int, who: Member | None) -> Json:
    """The thread as `who` reads it, alike in the list, on its own and in its category."""
    headers = who.headers if who else {}
    alone = (await client.get(f"/threads/{thread_id}", headers=headers)).json()
    for params in ({}, {"sort": "new"}, {"category": alone["category"]["slug"]}):
        listed = (await client.get("/threads", params=params, headers=headers)).json()
        (item,) = [t for t in listed["items"] if t["id"] == thread_id]
        assert reading(item) == reading(alone), params
    return alone


async def mark(client: AsyncClient, who: Member, thread_id: int, number: Any) -> Any:
    return await client.put(
        f"/threads/{thread_id}/read", json={"last_read_number": number}, headers=who.headers
    )


async def test_unread_counts_what_the_reader_can_see(
    app: Any, client: AsyncClient, forum: Forum, set_post: SetPost
) -> None:
    author, reader, blocked = [await forum.member() for _ in range(3)]
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    tid = thread["id"]
    assert reading(thread) == (1, 0, "watching")
    # A visitor has no reading state; a member who never opened it has read nothing.
    assert reading(await seen_by(client, tid, None)) == (None, None, None)
    assert reading(await seen_by(client, tid, reader)) == (0, 1, None)

    replies = [await forum.reply(author, tid, body=f"reply {n}") for n in range(4)]
    assert reading(await seen_by(client, tid, reader)) == (0, 5, None)
    assert reading(await seen_by(client, tid, author)) == (1, 0, "watching")  # their own

    response = await mark(client, reader, tid, 3)
    assert response.status_code == 204, response.text
    assert response.content == b""
    assert reading(await seen_by(client, tid, reader)) == (3, 2, None)

    # Deleted: nobody's. Hidden: its author's and moderators' only.
    await set_post(replies[2]["id"], is_hidden=True, hidden_reason="review")  # number 4
    assert reading(await seen_by(client, tid, reader)) == (3, 1, None)
    assert (await seen_by(client, tid, moderator))["unread_count"] == 5  # never opened it
    deleted = await client.delete(f"/posts/{replies[3]['id']}", headers=author.headers)
    assert deleted.status_code == 204
    assert reading(await seen_by(client, tid, reader)) == (3, 0, None)
    assert (await seen_by(client, tid, moderator))["unread_count"] == 4

    # A blocked author's posts are not news to the blocker, except anonymous ones: counting
    # those out would tell the blocker who wrote them.
    await forum.reply(blocked, tid, body="named")
    await forum.reply(blocked, tid, body="anonymous", anonymous=True)
    assert (await seen_by(client, tid, reader))["unread_count"] == 2
    await block(app, reader, blocked)
    assert (await seen_by(client, tid, reader))["unread_count"] == 1
    assert (await seen_by(client, tid, moderator))["unread_count"] == 6  # only the blocker's
    await block(app, reader, blocked, present=False)
    assert (await seen_by(client, tid, reader))["unread_count"] == 2


async def test_what_you_wrote_is_not_unread(client: AsyncClient, forum: Forum) -> None:
    author, member = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    await forum.reply(member, thread["id"])
    await forum.reply(member, thread["id"], anonymous=True)
    assert reading(await seen_by(client, thread["id"], member)) == (0, 1, "watching")
    assert reading(await seen_by(client, thread["id"], author)) == (1, 2, "watching")


async def test_the_read_mark_never_moves_backwards(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, reader = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    tid = thread["id"]
    for _ in range(5):
        await forum.reply(author, tid)
    steps = [(4, 4), (2, 4), (4, 4), (0, 4), (5, 5), (6, 6), (3, 6)]
    for sent, kept in steps:
        response = await mark(client, reader, tid, sent)
        assert response.status_code == 204, response.text
        assert (await seen_by(client, tid, reader))["last_read_number"] == kept, sent
    # Past the last post: clamped to it (the thread has 6 posts), so nothing unwritten is
    # marked read and the next reply is unread.
    assert (await mark(client, reader, tid, 2_000_000)).status_code == 204
    assert reading(await seen_by(client, tid, reader)) == (6, 0, None)
    await forum.reply(author, tid)
    assert reading(await seen_by(client, tid, reader)) == (6, 1, None)
    row = await state_row(app, reader, tid)
    assert row is not None and row.last_read_number == 6


async def test_read_mark_refusals(client: AsyncClient, forum: Forum) -> None:
    author, reader = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    tid = thread["id"]
    url = f"/threads/{tid}/read"
    problem(await client.put(url, json={"last_read_number": 1}), 401)
    for body in (
        {},
        {"last_read_number": -1},
        {"last_read_number": 2_147_483_648},
        {"last_read_number": "2"},
        {"last_read_number": 1.5},
        {"last_read_number": None},
        [],
    ):
        problem(await client.put(url, json=body, headers=reader.headers), 422)
    for path in ("/threads/999999/read", "/threads/0/read", "/threads/2147483648/read"):
        response = await client.put(path, json={"last_read_number": 1}, headers=reader.headers)
        problem(response, 404 if path == "/threads/999999/read" else 422)
    # A read-only personal access token reads, and does not write.
    pat = await make_pat(client, reader, "read")
    headers = bearer(pat.token)
    assert (await client.get(f"/threads/{tid}", headers=headers)).status_code == 200
    response = await client.put(url, json={"last_read_number": 1}, headers=headers)
    problem(response, 403, "insufficient-scope")
    writer = await make_pat(client, reader, "read", "write", name="writer")
    response = await client.put(url, json={"last_read_number": 1}, headers=bearer(writer.token))
    assert response.status_code == 204
    # A deleted thread is gone for everyone's marks.
    assert (await client.delete(f"/threads/{tid}", headers=moderator.headers)).status_code == 204
    problem(await mark(client, reader, tid, 1), 404)


# Thread pages that start at a post


async def long_thread(forum: Forum, size: int) -> int:
    author = await forum.member()
    thread = await forum.thread(author)
    for n in range(2, size + 1):
        await forum.reply(author, thread["id"], body=f"post {n}")
    thread_id: int = thread["id"]
    return thread_id


async def numbers(client: AsyncClient, url: str, **params: Any) -> tuple[list[int], str | None]:
    response = await client.get(url, params=params)
    assert response.status_code == 200, response.text
    page = response.json()
    return [post["number"] for post in page["items"]], page["next_cursor"]


async def test_from_number_and_before_number(client: AsyncClient, forum: Forum) -> None:
    tid = await long_thread(forum, 12)
    url = f"/threads/{tid}/posts"
    assert await numbers(client, url, from_number=1, limit=12) == (list(range(1, 13)), None)
    got, cursor = await numbers(client, url, from_number=5, limit=3)
    assert got == [5, 6, 7]
    assert cursor is not None
    assert await numbers(client, url, cursor=cursor, limit=10) == ([8, 9, 10, 11, 12], None)
    assert await numbers(client, url, from_number=11, limit=5) == ([11, 12], None)
    assert await numbers(client, url, from_number=13) == ([], None)
    assert await numbers(client, url, from_number=2_147_483_647) == ([], None)

    # Earlier posts above a jump, in ascending order; the cursor continues after them.
    got, cursor = await numbers(client, url, before_number=5, limit=3)
    assert got == [2, 3, 4]
    assert await numbers(client, url, cursor=cursor, limit=2) == (
        [5, 6],
        (await client.get(url, params={"from_number": 5, "limit": 2})).json()["next_cursor"],
    )
    assert (await numbers(client, url, before_number=3, limit=20))[0] == [1, 2]
    assert await numbers(client, url, before_number=1) == ([], None)
    assert (await numbers(client, url, before_number=500, limit=2))[0] == [11, 12]


@pytest.mark.parametrize(
    "params",
    [
        {"from_number": 0},
        {"from_number": -3},
        {"from_number": 2_147_483_648},
        {"from_number": "x"},
        {"before_number": 0},
        {"before_number": 2_147_483_648},
        {"from_number": 2, "cursor": "WzJd"},
        {"before_number": 2, "cursor": "WzJd"},
        {"from_number": 2, "before_number": 4},
    ],
)
async def test_bad_starts_are_422(client: AsyncClient, forum: Forum, params: Json) -> None:
    author = await forum.member()
    thread = await forum.thread(author)
    problem(await client.get(f"/threads/{thread['id']}/posts", params=params), 422)


async def test_jumps_into_missing_threads_are_404(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    thread = await forum.thread(await forum.member())
    for params in ({"from_number": 1}, {"before_number": 2}):
        problem(await client.get("/threads/999999/posts", params=params), 404)
    await client.delete(f"/threads/{thread['id']}", headers=moderator.headers)
    for params in ({"from_number": 1}, {"before_number": 2}):
        problem(await client.get(f"/threads/{thread['id']}/posts", params=params), 404)


async def test_jumps_cost_what_a_page_costs(
    app: Any, client: AsyncClient, forum: Forum, sql_counter: StatementCounter
) -> None:
    tid = await long_thread(forum, 30)
    reader = await forum.member()
    url = f"/threads/{tid}/posts"
    for headers in ({}, reader.headers):
        counts = []
        for params in ({}, {"from_number": 10}, {"before_number": 25}, {"from_number": 2}):
            sql_counter.start()
            response = await client.get(url, params={**params, "limit": 10}, headers=headers)
            sql_counter.stop()
            counts.append(sql_counter.page_cost())
            assert response.status_code == 200
            assert len(response.json()["items"]) == 10
            if not app.state.database.is_sqlite:  # SQLite's LIMIT always says OFFSET 0
                assert all(" OFFSET " not in sql.upper() for sql in sql_counter.statements)
        assert len(set(counts)) == 1, (headers, counts)


async def test_a_thread_list_page_reads_its_states_in_one_statement(
    client: AsyncClient, forum: Forum, sql_counter: StatementCounter
) -> None:
    members = [await forum.member() for _ in range(3)]
    reader = members[0]
    small, large = await forum.category(), await forum.category()
    for n in range(3):
        await forum.thread(members[n % 3], small)
    for n in range(20):
        thread = await forum.thread(members[n % 3], large)
        await forum.reply(members[(n + 1) % 3], thread["id"])
        if n % 2:
            assert (await mark(client, reader, thread["id"], 1)).status_code == 204
    counts = []
    for category, size in ((small, 3), (large, 20)):
        sql_counter.start()
        response = await client.get(
            "/threads", params={"category": category["slug"]}, headers=reader.headers
        )
        sql_counter.stop()
        counts.append(sql_counter.page_cost())
        assert len(response.json()["items"]) == size
        states = [s for s in sql_counter.statements if "thread_states" in s]
        assert len(states) == 1, sql_counter.statements
    assert counts[0] == counts[1]
    listed = (
        await client.get("/threads", params={"category": large["slug"]}, headers=reader.headers)
    ).json()["items"]
    # Started by the reader (1, 1); replied to by them, opened or not (1, 0), (0, 1); others,
    # opened or not (1, 1), (0, 2).
    assert {(t["last_read_number"], t["unread_count"]) for t in listed} == {
        (1, 1),
        (1, 0),
        (0, 1),
        (0, 2),
    }
