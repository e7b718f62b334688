"""Concurrent moderation on PostgreSQL (SQLite serialises every writer, so it proves nothing):
hiding, un-hiding and resolving are logged once per real change, reviews and reports that
race a delete count once, and no race answers 500. Counters are checked after each."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient, Response

from tests.helpers import Forum, Member, assert_counters_exact
from tests.moderation.conftest import Cast, flag, log_entries, log_mark, queue_item, read_post

pytestmark = pytest.mark.postgres_only

Json = dict[str, Any]


def statuses(responses: list[Response]) -> Counter[int]:
    return Counter(response.status_code for response in responses)


async def moderators(forum: Forum, cast: Cast, extra: int) -> list[Member]:
    return [cast.moderator, cast.admin] + [await forum.moderator() for _ in range(extra)]


async def counts(client: AsyncClient, cast: Cast) -> tuple[int, int, int]:
    thread = (await client.get(f"/threads/{cast.thread['id']}")).json()
    category = (await client.get(f"/categories/{cast.category['slug']}")).json()
    author = (await client.get(f"/users/{cast.author.username}")).json()
    return thread["post_count"], category["post_count"], author["post_count"]


async def test_concurrent_identical_hides_and_unhides(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    team = await moderators(forum, cast, 3)
    hide, unhide = f"/posts/{cast.post_id}/hide", f"/posts/{cast.post_id}/unhide"
    mark = await log_mark(client, cast.moderator)

    responses = await asyncio.gather(
        *(client.post(hide, json={"reason": "Shares an address"}, headers=m.headers) for m in team)
    )
    assert statuses(responses) == {200: 5}, [r.text for r in responses]
    post = await read_post(client, cast.post_id, cast.moderator)
    assert (post["is_hidden"], post["hidden_reason"]) == (True, "Shares an address")
    entries = await log_entries(client, cast.moderator, after=mark)
    assert [(e["action"], e["note"]) for e in entries] == [("post.hide", "Shares an address")]

    mark = entries[0]["id"]
    responses = await asyncio.gather(*(client.post(unhide, headers=m.headers) for m in team))
    assert statuses(responses) == {200: 5}, [r.text for r in responses]
    assert all(r.json()["is_hidden"] is False for r in responses)
    entries = await log_entries(client, cast.moderator, after=mark)
    assert [e["action"] for e in entries] == ["post.unhide"]
    await assert_counters_exact(app)


async def test_concurrent_hides_for_different_reasons(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """Each changes the reason, so each is logged; the newest entry names the reason the
    post has in the end."""
    team = await moderators(forum, cast, 3)
    mark = await log_mark(client, cast.moderator)
    responses = await asyncio.gather(
        *(
            client.post(
                f"/posts/{cast.post_id}/hide", json={"reason": f"Reason {n}"}, headers=m.headers
            )
            for n, m in enumerate(team)
        )
    )
    assert statuses(responses) == {200: 5}, [r.text for r in responses]
    entries = await log_entries(client, cast.moderator, after=mark)
    assert sorted(e["note"] for e in entries) == [f"Reason {n}" for n in range(5)]
    post = await read_post(client, cast.post_id, cast.moderator)
    assert post["hidden_reason"] == entries[0]["note"]


async def test_concurrent_reviews_and_the_authors_delete(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """Three moderators resolve one report with `delete` while its author deletes the post:
    the post is deleted and counted out once, and each report is closed once — by the one
    review that wins, or by the author's delete (moderation upholds the reports on a deleted
    post in response to its event)."""
    reply = await forum.reply(cast.author, cast.thread["id"], body="Buy my supplements.")
    reports = [await flag(client, reply["id"], who) for who in (cast.member, await forum.member())]
    team = await moderators(forum, cast, 1)
    assert await counts(client, cast) == (2, 2, 2)
    mark = await log_mark(client, cast.moderator)

    resolve = f"/moderation/posts/{reply['id']}/resolve"
    deleted, *reviews = await asyncio.gather(
        client.delete(f"/posts/{reply['id']}", headers=cast.author.headers),
        *(client.post(resolve, json={"action": "delete"}, headers=m.headers) for m in team),
    )
    assert deleted.status_code == 204, deleted.text
    outcome = statuses(reviews)
    assert outcome in ({200: 1, 409: 2}, {409: 3}), [r.text for r in reviews]
    assert await counts(client, cast) == (1, 1, 1)
    assert (await read_post(client, reply["id"], cast.moderator))["is_deleted"] is True
    assert await queue_item(client, cast.moderator, reply["id"]) is None

    entries = await log_entries(client, cast.moderator, after=mark)
    seen = Counter(e["action"] for e in entries)
    # `post.resolve` when a review won; `post.delete` only when the review, not the
    # author, marked it deleted.
    expected = Counter({"flag.upheld": 2, "post.resolve": outcome.get(200, 0)})
    assert seen - Counter({"post.delete": 1}) == expected
    assert sorted(e["target_id"] for e in entries if e["action"] == "flag.upheld") == sorted(
        r["id"] for r in reports
    )
    await assert_counters_exact(app)


async def test_reviews_racing_the_threads_delete(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """Each report is closed exactly once, by the review or by the thread's delete."""
    team = await moderators(forum, cast, 2)
    for attempt in range(3):
        doomed = await forum.thread(cast.author, cast.category, title=f"Doomed {attempt}")
        reply = await forum.reply(cast.member, doomed["id"], body="Something unkind.")
        reports = [await flag(client, reply["id"], await forum.member()) for _ in range(3)]
        mark = await log_mark(client, cast.moderator)
        resolve = f"/moderation/posts/{reply['id']}/resolve"
        gone, *reviews = await asyncio.gather(
            client.delete(f"/threads/{doomed['id']}", headers=cast.admin.headers),
            *(
                client.post(resolve, json={"action": action}, headers=m.headers)
                for m, action in zip(team, ("delete", "hide", "dismiss", "delete"), strict=True)
            ),
        )
        assert gone.status_code == 204, gone.text
        assert set(statuses(reviews)) <= {200, 404, 409}, [r.text for r in reviews]
        assert statuses(reviews)[200] <= 1

        entries = await log_entries(client, cast.moderator, after=mark)
        closing = Counter(e["target_id"] for e in entries if e["target_type"] == "flag")
        assert closing == {r["id"]: 1 for r in reports}
        assert Counter(e["action"] for e in entries)["thread.delete"] == 1
        assert await queue_item(client, cast.moderator, reply["id"]) is None
        assert (await client.get(f"/users/{cast.member.username}")).json()["post_count"] == 0
        await assert_counters_exact(app)


async def test_reports_racing_the_threads_delete(
    app: Any, client: AsyncClient, forum: Forum, cast: Cast
) -> None:
    """A report lands before the delete (and is upheld by it) or finds the post gone
    (404): none is left open on a deleted thread without a queue item."""
    reporters = [await forum.member() for _ in range(6)]
    for attempt in range(3):
        doomed = await forum.thread(cast.author, cast.category, title=f"Doomed {attempt}")
        mark = await log_mark(client, cast.moderator)
        post_id = doomed["first_post"]["id"]
        gone, *reports = await asyncio.gather(
            client.delete(f"/threads/{doomed['id']}", headers=cast.moderator.headers),
            *(
                client.post(
                    f"/posts/{post_id}/flags",
                    json={"reason": "spam" if n % 2 else "abusive"},
                    headers=who.headers,
                )
                for n, who in enumerate(reporters)
            ),
        )
        assert gone.status_code == 204, gone.text
        assert set(statuses(reports)) <= {201, 404}, [r.text for r in reports]
        made = {r.json()["id"] for r in reports if r.status_code == 201}
        entries = await log_entries(client, cast.moderator, after=mark)
        upheld = Counter(e["target_id"] for e in entries if e["action"] == "flag.upheld")
        assert upheld == {flag_id: 1 for flag_id in made}
        await assert_counters_exact(app)
