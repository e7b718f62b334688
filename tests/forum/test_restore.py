"""Moderators undo deletes: `POST /posts/{id}/restore` and `POST /threads/{id}/restore`
answer the restored resource, log it once, and leave every counter exact; restoring what is
not deleted changes nothing, and concurrent restores act once."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient

from tests.forum.conftest import when
from tests.helpers import Forum, Member, assert_counters_exact, problem
from tests.moderation.conftest import log_entries, log_mark

Json = dict[str, Any]


async def counts(client: AsyncClient, category: Json) -> tuple[int, int]:
    now = (await client.get(f"/categories/{category['slug']}")).json()
    return now["thread_count"], now["post_count"]


async def public_posts(client: AsyncClient, member: Member) -> int:
    count: int = (await client.get(f"/users/{member.username}")).json()["post_count"]
    return count


async def post_count(client: AsyncClient, thread: Json) -> int:
    count: int = (await client.get(f"/threads/{thread['id']}")).json()["post_count"]
    return count


async def test_restoring_a_post(app: Any, client: AsyncClient, forum: Forum) -> None:
    author, other = await forum.member(), await forum.member()
    moderator, admin = await forum.moderator(), await forum.admin()
    category = await forum.category()
    thread = await forum.thread(author, category)
    post = await forum.reply(other, thread["id"], body="Said in *haste*.")
    await forum.reply(author, thread["id"], body="A reply to it.", reply_to=post["id"])
    url = f"/posts/{post['id']}/restore"

    # Deleted by its author: its body is gone, and every counter forgot it.
    assert (await client.delete(f"/posts/{post['id']}", headers=other.headers)).status_code == 204
    assert (await post_count(client, thread), await public_posts(client, other)) == (2, 0)
    assert await counts(client, category) == (1, 2)

    # Only moderators restore: not the author who deleted it, nor anyone else.
    problem(await client.post(url), 401, "not-authenticated")
    for member in (other, author):
        problem(await client.post(url, headers=member.headers), 403, "forbidden")
    assert (await client.get(f"/posts/{post['id']}")).json()["is_deleted"] is True

    mark = await log_mark(client, moderator)
    response = await client.post(url, headers=moderator.headers)
    assert response.status_code == 200, response.text
    restored = response.json()
    assert (restored["id"], restored["number"], restored["is_deleted"]) == (
        post["id"],
        post["number"],
        False,
    )
    assert (restored["body"], restored["body_html"]) == (post["body"], post["body_html"])
    assert restored["author"]["id"] == other.id
    assert restored["is_mine"] is False  # the moderator's answer
    # Back in its place for everyone, counted again everywhere.
    for viewer in ({}, author.headers):
        shown = (await client.get(f"/posts/{post['id']}", headers=viewer)).json()
        assert (shown["body"], shown["is_deleted"]) == (post["body"], False)
        page = (await client.get(f"/threads/{thread['id']}/posts", headers=viewer)).json()
        assert page["items"][2]["reply_to"] == {"id": post["id"], "number": post["number"]}
    assert (await post_count(client, thread), await public_posts(client, other)) == (3, 1)
    assert await counts(client, category) == (1, 3)
    entries = await log_entries(client, moderator, after=mark)
    assert [(e["action"], e["target_type"], e["target_id"]) for e in entries] == [
        ("post.restore", "post", post["id"])
    ]
    await assert_counters_exact(app)

    # Restoring what is not deleted answers it as it is, and logs nothing.
    mark = await log_mark(client, moderator)
    for who in (moderator, admin):
        again = await client.post(url, headers=who.headers)
        assert again.status_code == 200, again.text
        assert {**again.json(), "is_mine": False} == restored
    assert await log_entries(client, moderator, after=mark) == []
    assert (await post_count(client, thread), await public_posts(client, other)) == (3, 1)
    await assert_counters_exact(app)


async def test_restoring_an_anonymous_post_keeps_it_anonymous_and_uncounted(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, shy = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    post = await forum.reply(shy, thread["id"], anonymous=True, body="Quietly, me too.")
    deleted = await client.delete(f"/posts/{post['id']}", headers=moderator.headers)
    assert deleted.status_code == 204
    response = await client.post(f"/posts/{post['id']}/restore", headers=moderator.headers)
    assert response.status_code == 200, response.text
    assert response.json()["anonymous_label"] == "Anonymous 1"
    shown = (await client.get(f"/posts/{post['id']}", headers=author.headers)).json()
    assert (shown["author"], shown["anonymous"], shown["body"]) == (None, True, post["body"])
    assert await public_posts(client, shy) == 0
    assert await post_count(client, thread) == 2
    await assert_counters_exact(app)


async def test_restore_answers_404_for_what_is_not_there(client: AsyncClient, forum: Forum) -> None:
    author, moderator = await forum.member(), await forum.moderator()
    thread = await forum.thread(author)
    reply = await forum.reply(author, thread["id"])
    for url in ("/posts/999999/restore", "/threads/999999/restore"):
        problem(await client.post(url, headers=moderator.headers), 404, "not-found")
    for url in ("/posts/0/restore", "/threads/0/restore", "/posts/x/restore"):
        problem(await client.post(url, headers=moderator.headers), 422, "validation-error")

    # A post in a deleted thread went with it: it comes back with its thread.
    await client.delete(f"/posts/{reply['id']}", headers=author.headers)
    assert (await client.delete(f"/threads/{thread['id']}", headers=moderator.headers)).is_success
    problem(
        await client.post(f"/posts/{reply['id']}/restore", headers=moderator.headers),
        404,
        "not-found",
    )
    response = await client.post(f"/threads/{thread['id']}/restore", headers=moderator.headers)
    assert response.status_code == 200, response.text
    response = await client.post(f"/posts/{reply['id']}/restore", headers=moderator.headers)
    assert response.status_code == 200, response.text
    assert response.json()["is_deleted"] is False


async def test_restoring_a_thread(app: Any, client: AsyncClient, forum: Forum) -> None:
    author, replier, shy, reporter = [await forum.member() for _ in range(4)]
    moderator = await forum.moderator()
    category = await forum.category()
    kept = await forum.thread(author, category, title="This one stays")
    doomed = await forum.thread(author, category, title="Deleted by mistake")
    reply = await forum.reply(replier, doomed["id"], body="Standing reply.")
    gone = await forum.reply(replier, doomed["id"], body="Deleted before the thread.")
    await forum.reply(shy, doomed["id"], anonymous=True, body="Quietly.")
    assert (await client.delete(f"/posts/{gone['id']}", headers=replier.headers)).is_success
    flagged = await client.post(
        f"/posts/{reply['id']}/flags", json={"reason": "spam"}, headers=reporter.headers
    )
    assert flagged.status_code == 201, flagged.text
    before = (await client.get(f"/categories/{category['slug']}")).json()
    assert (before["thread_count"], before["post_count"]) == (2, 4)
    url = f"/threads/{doomed['id']}"
    assert (await client.delete(url, headers=moderator.headers)).status_code == 204
    assert await counts(client, category) == (1, 1)
    assert (await public_posts(client, author), await public_posts(client, replier)) == (1, 0)

    restore = f"{url}/restore"
    problem(await client.post(restore), 401, "not-authenticated")
    for member in (author, replier):
        problem(await client.post(restore, headers=member.headers), 403, "forbidden")
    problem(await client.get(url), 404)

    mark = await log_mark(client, moderator)
    response = await client.post(restore, headers=moderator.headers)
    assert response.status_code == 200, response.text
    thread = response.json()
    assert (thread["id"], thread["title"], thread["post_count"]) == (
        doomed["id"],
        doomed["title"],
        3,
    )
    assert thread["category"]["slug"] == category["slug"]
    assert thread["author"]["id"] == author.id

    # Everything as before the delete: the thread, its posts (the one deleted before stays
    # deleted), the category's counts and last post, the members' public counts.
    for viewer in ({}, replier.headers):
        assert (await client.get(url, headers=viewer)).json()["post_count"] == 3
        listed = (await client.get("/threads", headers=viewer)).json()["items"]
        assert {item["id"] for item in listed} == {kept["id"], doomed["id"]}
        posts = (await client.get(f"{url}/posts", headers=viewer)).json()["items"]
        assert [(p["number"], p["is_deleted"]) for p in posts] == [
            (1, False),
            (2, False),
            (3, True),
            (4, False),
        ]
    now = (await client.get(f"/categories/{category['slug']}")).json()
    assert (now["thread_count"], now["post_count"]) == (2, 4)
    assert when(now["last_post_at"]) == when(before["last_post_at"])
    assert (await public_posts(client, author), await public_posts(client, replier)) == (2, 1)
    assert await public_posts(client, shy) == 0
    entries = await log_entries(client, moderator, after=mark)
    assert [(e["action"], e["target_type"], e["target_id"]) for e in entries] == [
        ("thread.restore", "thread", doomed["id"])
    ]
    # The reports its delete upheld stay decided: nothing returns to the queue.
    queue = (await client.get("/moderation/queue", headers=moderator.headers)).json()
    assert queue["items"] == []
    # It takes replies again.
    await forum.reply(replier, doomed["id"], body="Glad it is back.")
    await assert_counters_exact(app)

    # A thread that is not deleted is answered as it is, with nothing logged.
    mark = await log_mark(client, moderator)
    again = await client.post(restore, headers=moderator.headers)
    assert again.status_code == 200, again.text
    assert again.json()["post_count"] == 4
    assert await log_entries(client, moderator, after=mark) == []
    await assert_counters_exact(app)


async def test_a_post_its_author_erased_on_leaving_cannot_be_restored(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author, leaver = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author)
    post = await forum.reply(leaver, thread["id"], body="Words I take with me.")
    response = await client.request(
        "DELETE",
        "/me",
        json={"password": leaver.password, "posts": "erase"},
        headers=leaver.headers,
    )
    assert response.status_code == 204, response.text
    refused = await client.post(f"/posts/{post['id']}/restore", headers=moderator.headers)
    problem(refused, 409, "post-erased")
    shown = (await client.get(f"/posts/{post['id']}")).json()
    assert (shown["is_deleted"], shown["body"], shown["author"]) == (True, "", None)
    await assert_counters_exact(app)


@pytest.mark.postgres_only
async def test_concurrent_restores_act_once(app: Any, client: AsyncClient, forum: Forum) -> None:
    author, replier = await forum.member(), await forum.member()
    moderators = [await forum.moderator() for _ in range(4)]
    category = await forum.category()
    thread = await forum.thread(author, category)
    post = await forum.reply(replier, thread["id"], body="Back again soon.")
    await forum.reply(replier, thread["id"], anonymous=True, body="Anonymous, standing.")
    assert (await client.delete(f"/posts/{post['id']}", headers=replier.headers)).is_success

    mark = await log_mark(client, moderators[0])
    url = f"/posts/{post['id']}/restore"
    responses = await asyncio.gather(
        *(client.post(url, headers=moderators[n % 4].headers) for n in range(10))
    )
    assert Counter(r.status_code for r in responses) == {200: 10}, [r.text for r in responses]
    assert {r.json()["is_deleted"] for r in responses} == {False}
    assert await post_count(client, thread) == 3
    assert await counts(client, category) == (1, 3)
    assert await public_posts(client, replier) == 1
    entries = await log_entries(client, moderators[0], after=mark)
    assert [(e["action"], e["target_id"]) for e in entries] == [("post.restore", post["id"])]
    await assert_counters_exact(app)

    # A thread: deleted, then restored by several moderators at once, while its other
    # post is restored and deleted again around them.
    assert (
        await client.delete(f"/threads/{thread['id']}", headers=moderators[0].headers)
    ).is_success
    mark = await log_mark(client, moderators[0])
    url = f"/threads/{thread['id']}/restore"
    responses = await asyncio.gather(*(client.post(url, headers=m.headers) for m in moderators))
    assert Counter(r.status_code for r in responses) == {200: 4}, [r.text for r in responses]
    assert await counts(client, category) == (1, 3)
    assert (await public_posts(client, author), await public_posts(client, replier)) == (1, 1)
    entries = await log_entries(client, moderators[0], after=mark)
    assert [(e["action"], e["target_id"]) for e in entries] == [("thread.restore", thread["id"])]
    await assert_counters_exact(app)

    # Deletes and restores of one post racing each other: whatever order they take, the
    # counters match the post's final state.
    race = [
        client.delete(f"/posts/{post['id']}", headers=moderators[n % 4].headers)
        if n % 2
        else client.post(f"/posts/{post['id']}/restore", headers=moderators[n % 4].headers)
        for n in range(12)
    ]
    responses = await asyncio.gather(*race)
    assert {r.status_code for r in responses} <= {200, 204}, [r.text for r in responses]
    final = (await client.get(f"/posts/{post['id']}")).json()["is_deleted"]
    assert await post_count(client, thread) == (2 if final else 3)
    await assert_counters_exact(app)
