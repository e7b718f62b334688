"""Concurrent writes on PostgreSQL (SQLite serialises every writer, so it proves nothing):
numbers and counters stay exact when many replies land at once."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient

from tests.forum.conftest import when
from tests.helpers import Forum, assert_counters_exact

pytestmark = pytest.mark.postgres_only


async def test_fifty_concurrent_replies(app: Any, client: AsyncClient, forum: Forum) -> None:
    starter = await forum.member()
    members = [await forum.member() for _ in range(5)]
    category = await forum.category()
    thread = await forum.thread(starter, category)
    url = f"/threads/{thread['id']}/posts"

    async def reply(n: int) -> dict[str, object]:
        author = members[n % len(members)]
        response = await client.post(
            url,
            json={"body": f"reply {n}", "anonymous": n % 10 == 0},
            headers=author.headers,
        )
        assert response.status_code == 201, response.text
        body: dict[str, object] = response.json()
        return body

    replies = await asyncio.gather(*(reply(n) for n in range(50)))

    numbers = sorted(int(str(r["number"])) for r in replies)
    assert numbers == list(range(2, 52))
    page = (await client.get(url, params={"limit": 100})).json()
    assert [p["number"] for p in page["items"]] == list(range(1, 52))
    assert Counter(p["body"] for p in page["items"][1:]) == Counter(f"reply {n}" for n in range(50))

    thread_now = (await client.get(f"/threads/{thread['id']}")).json()
    assert thread_now["post_count"] == 51
    category_now = (await client.get(f"/categories/{category['slug']}")).json()
    assert (category_now["thread_count"], category_now["post_count"]) == (1, 51)
    # Public post counts: every reply but the anonymous ones (n = 0, 10, 20, 30, 40).
    expected = Counter(members[n % len(members)].username for n in range(50) if n % 10)
    assert expected[members[0].username] == 5
    for member in members:
        profile = (await client.get(f"/users/{member.username}")).json()
        assert profile["post_count"] == expected[member.username], member.username
    assert (await client.get(f"/users/{starter.username}")).json()["post_count"] == 1

    # `last_post_at` is the time of the newest post, whichever transaction committed last.
    latest = max(when(str(r["created_at"])) for r in replies)
    assert when(thread_now["last_post_at"]) == latest
    assert when(category_now["last_post_at"]) == latest

    # The next reply continues the sequence.
    assert (await forum.reply(starter, thread["id"]))["number"] == 52
    await assert_counters_exact(app)


async def test_concurrent_reactions_and_idempotent_retries(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    author = await forum.member()
    fan = await forum.member()
    thread = await forum.thread(author)
    reaction_url = f"/posts/{thread['first_post']['id']}/reactions/heart"

    # The same reaction many times at once is still one reaction.
    statuses = await asyncio.gather(
        *(client.put(reaction_url, headers=fan.headers) for _ in range(10))
    )
    assert [r.status_code for r in statuses] == [200] * 10
    assert all(r.json()["reactions"] == {"heart": 1} for r in statuses)
    post = (await client.get(f"/posts/{thread['first_post']['id']}")).json()
    assert post["reactions"] == {"heart": 1}

    # A retry storm with one Idempotency-Key makes exactly one post: each answer is the
    # original (201) or "still in flight" (409).
    headers = {**fan.headers, "Idempotency-Key": "storm-1"}
    url = f"/threads/{thread['id']}/posts"
    responses = await asyncio.gather(
        *(client.post(url, json={"body": "only once"}, headers=headers) for _ in range(8))
    )
    statuses_seen = Counter(r.status_code for r in responses)
    assert set(statuses_seen) <= {201, 409}, [r.text for r in responses]
    created = [r.json() for r in responses if r.status_code == 201]
    assert created
    assert len({c["id"] for c in created}) == 1
    for r in responses:
        if r.status_code == 409:
            assert r.json()["type"] == "/problems/idempotency-in-flight"
    page = (await client.get(url)).json()["items"]
    assert [p["body"] for p in page] == ["Is this normal at four months?", "only once"]
    # Once the first has finished, a retry replays it.
    replay = await client.post(url, json={"body": "only once"}, headers=headers)
    assert replay.status_code == 201
    assert replay.json()["id"] == created[0]["id"]
    await assert_counters_exact(app)
