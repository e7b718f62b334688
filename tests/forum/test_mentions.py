"""Mentions through the API: `@username` of a member is stored as a mention link in new
threads, replies and edits; more than MAX_MENTIONS distinct members is a 422 that writes
nothing; members who left are not mentioned."""

from __future__ import annotations

import uuid

from httpx import AsyncClient

from app.forum.mentions import MAX_MENTIONS, mentioned_usernames
from tests.forum.conftest import StatementCounter
from tests.helpers import PASSWORD, Forum, problem


def name() -> str:
    return "m" + uuid.uuid4().hex[:10]


async def test_mentions_in_threads_replies_and_edits(client: AsyncClient, forum: Forum) -> None:
    priya, sam = await forum.member(name()), await forum.member(name())
    thread = await forum.thread(priya, body=f"Hello @{sam.username.upper()} and @nobody_x")
    first = thread["first_post"]
    assert mentioned_usernames(first["body_html"]) == [sam.username]
    assert f'<a class="mention" href="/u/{sam.username}"' in first["body_html"]
    assert "@nobody_x" in first["body_html"]
    # The source is kept as written.
    assert first["body"] == f"Hello @{sam.username.upper()} and @nobody_x"

    reply = await forum.reply(sam, thread["id"], body=f"`@{priya.username}` in code only")
    assert mentioned_usernames(reply["body_html"]) == []

    # An edit re-renders the mentions.
    edited = await client.patch(
        f"/posts/{reply['id']}", json={"body": f"now @{priya.username}"}, headers=sam.headers
    )
    assert edited.status_code == 200, edited.text
    assert mentioned_usernames(edited.json()["body_html"]) == [priya.username]
    page = await client.get(f"/threads/{thread['id']}/posts")
    assert mentioned_usernames(page.json()["items"][1]["body_html"]) == [priya.username]


async def test_too_many_mentions_is_refused_and_writes_nothing(
    client: AsyncClient, forum: Forum
) -> None:
    author = await forum.member(name())
    others = [await forum.member(name()) for _ in range(MAX_MENTIONS + 1)]
    thread = await forum.thread(author)
    allowed = " ".join(f"@{m.username}" for m in others[:MAX_MENTIONS])
    # The same member twice counts once; code does not count.
    reply = await forum.reply(
        author,
        thread["id"],
        body=f"{allowed} @{others[0].username} `@{others[-1].username}`",
    )
    assert len(mentioned_usernames(reply["body_html"])) == MAX_MENTIONS

    too_many = " ".join(f"@{m.username}" for m in others)
    body = problem(
        await client.post(
            f"/threads/{thread['id']}/posts", json={"body": too_many}, headers=author.headers
        ),
        422,
        "too-many-mentions",
    )
    assert body["errors"][0]["loc"] == ["body", "body"]
    problem(
        await client.post(
            "/threads",
            json={"category": thread["category"]["slug"], "title": "Many", "body": too_many},
            headers=author.headers,
        ),
        422,
        "too-many-mentions",
    )
    problem(
        await client.patch(
            f"/posts/{reply['id']}", json={"body": too_many}, headers=author.headers
        ),
        422,
        "too-many-mentions",
    )
    page = (await client.get(f"/threads/{thread['id']}/posts")).json()["items"]
    assert len(page) == 2
    assert page[1]["body_html"] == reply["body_html"]  # the edit changed nothing


async def test_members_who_left_are_not_mentioned(client: AsyncClient, forum: Forum) -> None:
    author, gone = await forum.member(name()), await forum.member(name())
    left = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=gone.headers
    )
    assert left.status_code == 204
    thread = await forum.thread(author, body=f"Where is @{gone.username}?")
    assert mentioned_usernames(thread["first_post"]["body_html"]) == []


async def test_names_are_resolved_in_one_statement(
    client: AsyncClient, forum: Forum, sql_counter: StatementCounter
) -> None:
    author = await forum.member(name())
    others = [await forum.member(name()) for _ in range(6)]
    thread = await forum.thread(author)
    sql_counter.start()
    await forum.reply(author, thread["id"], body=" ".join(f"@{m.username}" for m in others))
    statements = [sql for sql in sql_counter.statements if "username_key IN" in sql]
    sql_counter.stop()
    assert len(statements) == 1, statements
