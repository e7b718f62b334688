"""Subscriptions: `PUT /threads/{id}/subscription`, authors watching their threads, replies
watching unless the member chose otherwise; thread states in the export and gone with a
member who leaves."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select

from app.forum.models import ThreadState
from tests.forum.conftest import SetUser
from tests.helpers import PASSWORD, Forum, Member, problem
from tests.moderation.fixtures import bearer, make_pat

Json = dict[str, Any]


async def subscription(client: AsyncClient, thread_id: int, who: Member) -> Any:
    response = await client.get(f"/threads/{thread_id}", headers=who.headers)
    assert response.status_code == 200, response.text
    return response.json()["subscription"]


async def choose(client: AsyncClient, thread_id: int, who: Member, level: Any) -> Any:
    return await client.put(
        f"/threads/{thread_id}/subscription", json={"level": level}, headers=who.headers
    )


async def test_authors_watch_and_members_choose(client: AsyncClient, forum: Forum) -> None:
    author, member = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    tid = thread["id"]
    assert thread["subscription"] == "watching"
    assert await subscription(client, tid, author) == "watching"
    assert await subscription(client, tid, member) is None
    for level in ("muted", "normal", "watching", "watching", "muted"):
        response = await choose(client, tid, member, level)
        assert response.status_code == 204, response.text
        assert await subscription(client, tid, member) == level
    # Each member's own: the author's is untouched, and the list says the same.
    assert await subscription(client, tid, author) == "watching"
    listed = (await client.get("/threads", headers=member.headers)).json()["items"]
    assert [t["subscription"] for t in listed if t["id"] == tid] == ["muted"]
    # Choosing keeps the read mark as it was.
    await forum.reply(author, tid)
    assert (
        await client.put(
            f"/threads/{tid}/read", json={"last_read_number": 2}, headers=member.headers
        )
    ).status_code == 204
    assert (await choose(client, tid, member, "normal")).status_code == 204
    read = (await client.get(f"/threads/{tid}", headers=member.headers)).json()
    assert (read["last_read_number"], read["subscription"]) == (2, "normal")


async def test_replying_watches_unless_chosen_otherwise(
    client: AsyncClient, forum: Forum, set_user: SetUser
) -> None:
    author = await forum.member()
    fresh, muted, reader, prefers_normal, anonymous = [await forum.member() for _ in range(5)]
    thread = await forum.thread(author)
    tid = thread["id"]
    await forum.reply(fresh, tid)
    assert await subscription(client, tid, fresh) == "watching"
    # A level chosen before replying stays.
    assert (await choose(client, tid, muted, "muted")).status_code == 204
    await forum.reply(muted, tid)
    assert await subscription(client, tid, muted) == "muted"
    # Having only read (a state row with no level chosen) is no choice.
    assert (
        await client.put(
            f"/threads/{tid}/read", json={"last_read_number": 1}, headers=reader.headers
        )
    ).status_code == 204
    await forum.reply(reader, tid)
    assert await subscription(client, tid, reader) == "watching"
    # The preference "normal": replying subscribes to nothing.
    await set_user(prefers_normal.id, default_subscription="normal")
    await forum.reply(prefers_normal, tid)
    assert await subscription(client, tid, prefers_normal) is None
    # Anonymous replies too: the state is private to the member.
    await forum.reply(anonymous, tid, anonymous=True)
    assert await subscription(client, tid, anonymous) == "watching"
    # Unmuting then replying again keeps what was chosen.
    assert (await choose(client, tid, muted, "normal")).status_code == 204
    await forum.reply(muted, tid, body="Again")
    assert await subscription(client, tid, muted) == "normal"


async def test_subscription_refusals(client: AsyncClient, forum: Forum) -> None:
    author, member = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    url = f"/threads/{thread['id']}/subscription"
    problem(await client.put(url, json={"level": "muted"}), 401)
    for body in ({}, {"level": "loud"}, {"level": None}, {"level": 1}, {"level": "MUTED"}, []):
        problem(await client.put(url, json=body, headers=member.headers), 422)
    problem(
        await client.put(
            "/threads/999999/subscription", json={"level": "muted"}, headers=member.headers
        ),
        404,
    )
    reading_only = await make_pat(client, member, "read")
    problem(
        await client.put(url, json={"level": "muted"}, headers=bearer(reading_only.token)),
        403,
        "insufficient-scope",
    )
    assert await subscription(client, thread["id"], member) is None
    assert (
        await client.delete(f"/threads/{thread['id']}", headers=moderator.headers)
    ).status_code == 204
    problem(await choose(client, thread["id"], member, "muted"), 404)


async def test_export_holds_the_members_thread_states(client: AsyncClient, forum: Forum) -> None:
    author, member = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    kept, gone = await forum.thread(author), await forum.thread(author)
    await forum.reply(author, kept["id"])
    await forum.reply(member, kept["id"])
    assert (await choose(client, gone["id"], member, "muted")).status_code == 204
    await client.delete(f"/threads/{gone['id']}", headers=moderator.headers)
    response = await client.get("/me/export", headers=member.headers)
    assert response.status_code == 200, response.text
    states = response.json()["thread_states"]
    assert [(s["thread_id"], s["last_read_number"], s["subscription"]) for s in states] == [
        (kept["id"], 0, "watching"),
        (gone["id"], 0, "muted"),
    ]
    # A deleted thread's title is no longer for others to read.
    assert [s["thread_title"] for s in states] == [kept["title"], None]
    mine = (await client.get("/me/export", headers=author.headers)).json()["thread_states"]
    assert [(s["thread_id"], s["last_read_number"], s["thread_title"]) for s in mine] == [
        (kept["id"], 1, kept["title"]),
        (gone["id"], 1, gone["title"]),
    ]


@pytest.mark.parametrize("posts", ["keep", "erase"])
async def test_a_member_who_leaves_takes_their_thread_states(
    app: Any, client: AsyncClient, forum: Forum, posts: str
) -> None:
    leaver, other = await forum.member(), await forum.member()
    mine, theirs = await forum.thread(leaver), await forum.thread(other)
    await forum.reply(leaver, theirs["id"])
    await forum.reply(other, mine["id"])
    response = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": posts}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text
    async with app.state.database.sessionmaker() as session:
        left = await session.scalar(
            select(func.count()).select_from(ThreadState).where(ThreadState.user_id == leaver.id)
        )
        stays = await session.scalar(
            select(func.count()).select_from(ThreadState).where(ThreadState.user_id == other.id)
        )
    assert (left, stays) == (0, 2)
