"""Keyset pagination of posts and threads: limits, bad cursors, and walking every page
exactly once while new items arrive between page fetches."""

from __future__ import annotations

import base64
import json
from collections import Counter
from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, problem


def forged(*values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode()).decode().rstrip("=")


async def test_limits_and_cursors_are_validated(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    category = await forum.category()
    thread = await forum.thread(member, category)
    for url in ("/threads", f"/threads/{thread['id']}/posts"):
        for limit in (0, 101, -1, "ten"):
            body = problem(await client.get(url, params={"limit": limit}), 422, "validation-error")
            assert body["errors"][0]["loc"] == ["query", "limit"]
        for limit in (1, 100):
            assert (await client.get(url, params={"limit": limit})).status_code == 200
        bad_cursors = [
            "not a cursor!",
            "%%%",
            forged(),
            forged("x"),
            forged(1, 2, 3),
            forged(True),
            forged(2**40),
            forged(None, None),
            forged({"a": 1}),
            base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        ]
        for cursor in bad_cursors:
            problem(await client.get(url, params={"cursor": cursor}), 400, "invalid-cursor")
        problem(await client.get(url, params={"cursor": "c" * 501}), 422, "validation-error")
    # A cursor from one list is not a cursor of another, and the shapes are checked.
    post_url = f"/threads/{thread['id']}/posts"
    post_cursor = forged(1)
    thread_cursor = forged("2024-01-01T00:00:00+00:00", 1)
    in_category_cursor = forged(False, "2024-01-01T00:00:00+00:00", 1)
    refused: list[tuple[str, dict[str, Any]]] = [
        ("/threads", {"cursor": post_cursor}),
        (post_url, {"cursor": thread_cursor}),
        ("/threads", {"cursor": forged("2024-01-01T00:00:00", 1)}),  # no UTC offset
        ("/threads", {"cursor": forged("yesterday", 1)}),
        ("/threads", {"cursor": forged("2024-01-01T00:00:00+00:00", "1")}),
        ("/threads", {"cursor": thread_cursor, "category": category["slug"]}),  # no pin flag
        (
            "/threads",
            {"cursor": forged(0, "2024-01-01T00:00:00+00:00", 1), "category": category["slug"]},
        ),
        ("/threads", {"cursor": in_category_cursor}),
    ]
    for url, params in refused:
        problem(await client.get(url, params=params), 400, "invalid-cursor")
    for url, params in [
        (post_url, {"cursor": post_cursor}),
        ("/threads", {"cursor": in_category_cursor, "category": category["slug"]}),
    ]:
        assert (await client.get(url, params=params)).status_code == 200
    ok = await client.get("/threads", params={"cursor": thread_cursor})
    assert ok.status_code == 200


async def test_default_limit_is_twenty(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    for _ in range(21):
        await forum.reply(member, thread["id"])
    page = (await client.get(f"/threads/{thread['id']}/posts")).json()
    assert len(page["items"]) == 20
    assert page["next_cursor"]
    rest = (
        await client.get(f"/threads/{thread['id']}/posts", params={"cursor": page["next_cursor"]})
    ).json()
    assert [p["number"] for p in rest["items"]] == [21, 22]
    assert rest["next_cursor"] is None


async def test_posts_walk_sees_each_post_once_while_replies_arrive(
    client: AsyncClient, forum: Forum
) -> None:
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(alice)
    for _ in range(6):
        await forum.reply(bob, thread["id"])
    url = f"/threads/{thread['id']}/posts"

    seen: list[int] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(url, params=params, headers=alice.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= 3
        seen.extend(post["id"] for post in page["items"])
        cursor = page["next_cursor"]
        pages += 1
        if cursor is None:
            break
        # New replies arrive (one of them anonymous, one deleted) between page fetches.
        await forum.reply(alice, thread["id"])
        if pages == 2:
            extra = await forum.reply(bob, thread["id"], anonymous=True)
            await client.delete(f"/posts/{extra['id']}", headers=bob.headers)
        assert pages < 20

    everything = (await client.get(url, params={"limit": 100})).json()["items"]
    assert Counter(seen) == Counter(post["id"] for post in everything)
    assert [post["number"] for post in everything] == list(range(1, len(everything) + 1))
    assert len(everything) > 7


async def test_thread_walk_sees_each_thread_once_while_threads_arrive(
    client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    category = await forum.category()
    other = await forum.category()
    existing = [(await forum.thread(member, category if i % 3 else other))["id"] for i in range(9)]
    moderator = await forum.moderator()
    await client.patch(
        f"/threads/{existing[4]}", json={"is_pinned": True}, headers=moderator.headers
    )

    async def walk(params: dict[str, Any], expected: set[int]) -> list[int]:
        """Walks the list two at a time; between fetches a new thread starts and a thread
        already seen gets a reply (which lifts it to the top of `active`)."""
        seen: list[int] = []
        cursor: str | None = None
        for _ in range(30):
            query = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
            response = await client.get("/threads", params=query)
            assert response.status_code == 200, response.text
            page = response.json()
            seen.extend(thread["id"] for thread in page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                break
            await forum.thread(member, category)
            await forum.reply(member, seen[-1])
            await forum.reply(member, seen[0])
        else:
            raise AssertionError("the walk did not end")
        assert len(seen) == len(set(seen)), seen  # nothing twice
        assert expected <= set(seen)  # everything that existed when the walk began
        return seen

    await walk({"sort": "new"}, set(existing))
    await walk({"sort": "active"}, set(existing))
    in_category = {
        thread["id"]
        for thread in (
            await client.get("/threads", params={"category": category["slug"], "limit": 100})
        ).json()["items"]
    }
    seen = await walk({"category": category["slug"], "sort": "new"}, in_category)
    assert seen[0] == existing[4]  # pinned first
    in_category = {
        thread["id"]
        for thread in (
            await client.get("/threads", params={"category": category["slug"], "limit": 100})
        ).json()["items"]
    }
    seen = await walk({"category": category["slug"]}, in_category)
    assert seen[0] == existing[4]
