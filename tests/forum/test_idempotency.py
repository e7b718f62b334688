"""Idempotency-Key on creating POSTs: a retry returns the original response and creates
nothing; the same key with another request is refused; keys belong to one user."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text

from tests.helpers import Forum, problem


async def test_retried_reply_creates_one_post(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    category = await forum.category()
    thread = await forum.thread(alice, category)
    url = f"/threads/{thread['id']}/posts"
    headers = {**alice.headers, "Idempotency-Key": "reply-7f3a"}

    first = await client.post(
        url, json={"body": "Hang in there", "anonymous": False}, headers=headers
    )
    assert first.status_code == 201, first.text
    # The same JSON with other key order and spacing is the same request.
    retry = await client.post(
        url,
        content=b'{ "anonymous" : false,   "body": "Hang in there" }',
        headers={**headers, "Content-Type": "application/json"},
    )
    assert retry.status_code == 201, retry.text
    assert retry.content == first.content
    assert retry.json()["id"] == first.json()["id"]
    assert retry.headers["location"] == first.headers["location"]
    assert retry.headers["content-type"] == "application/json"
    assert retry.headers.get("idempotent-replayed") == "true"
    assert "idempotent-replayed" not in first.headers

    page = (await client.get(f"{url}")).json()["items"]
    assert [p["number"] for p in page] == [1, 2]
    assert (await client.get(f"/threads/{thread['id']}")).json()["post_count"] == 2
    assert (await client.get(f"/categories/{category['slug']}")).json()["post_count"] == 2
    assert (await client.get(f"/users/{alice.username}")).json()["post_count"] == 2

    # The same key with another body, or for another thread, is refused and creates nothing.
    body = problem(
        await client.post(url, json={"body": "Something else"}, headers=headers),
        422,
        "idempotency-key-reused",
    )
    assert body["detail"]
    other = await forum.thread(alice, category)
    problem(
        await client.post(
            f"/threads/{other['id']}/posts", json={"body": "Hang in there"}, headers=headers
        ),
        422,
        "idempotency-key-reused",
    )
    assert len((await client.get(url)).json()["items"]) == 2

    # Without a key every POST is a new post; a new key is a new post.
    for key in (None, "reply-other"):
        extra = {"Idempotency-Key": key} if key else {}
        response = await client.post(
            url, json={"body": "Hang in there"}, headers={**alice.headers, **extra}
        )
        assert response.status_code == 201
        assert response.json()["id"] != first.json()["id"]
    assert len((await client.get(url)).json()["items"]) == 4


async def test_keys_belong_to_one_user(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(alice)
    url = f"/threads/{thread['id']}/posts"
    key = {"Idempotency-Key": "same-key"}

    by_alice = await client.post(url, json={"body": "Hello"}, headers={**alice.headers, **key})
    by_bob = await client.post(url, json={"body": "Hello"}, headers={**bob.headers, **key})
    bob_other_body = await client.post(url, json={"body": "Bye"}, headers={**bob.headers, **key})
    assert (by_alice.status_code, by_bob.status_code) == (201, 201)
    assert by_bob.json()["id"] != by_alice.json()["id"]
    assert by_bob.json()["author"]["id"] == bob.id
    problem(bob_other_body, 422, "idempotency-key-reused")
    replay = await client.post(url, json={"body": "Hello"}, headers={**bob.headers, **key})
    assert replay.json()["id"] == by_bob.json()["id"]
    assert [p["number"] for p in (await client.get(url)).json()["items"]] == [1, 2, 3]


async def test_retried_thread_creation(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    category = await forum.category()
    payload = {"category": category["slug"], "title": "Weaning tips?", "body": "When to start?"}
    headers = {**alice.headers, "Idempotency-Key": "thread-1"}
    first = await client.post("/threads", json=payload, headers=headers)
    retry = await client.post("/threads", json=payload, headers=headers)
    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json()
    assert retry.headers["location"] == first.headers["location"]
    assert len((await client.get("/threads")).json()["items"]) == 1
    assert (await client.get(f"/categories/{category['slug']}")).json()["thread_count"] == 1
    problem(
        await client.post("/threads", json={**payload, "title": "Other"}, headers=headers),
        422,
        "idempotency-key-reused",
    )


async def test_a_failed_request_does_not_use_up_its_key(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(member)
    url = f"/threads/{thread['id']}/posts"
    thread_url = f"/threads/{thread['id']}"
    await client.patch(thread_url, json={"is_locked": True}, headers=moderator.headers)
    headers = {**member.headers, "Idempotency-Key": "after-unlock"}
    problem(
        await client.post(url, json={"body": "Let me in"}, headers=headers), 403, "thread-locked"
    )
    await client.patch(thread_url, json={"is_locked": False}, headers=moderator.headers)
    retry = await client.post(url, json={"body": "Let me in"}, headers=headers)
    assert retry.status_code == 201, retry.text
    assert retry.json()["number"] == 2
    assert "idempotent-replayed" not in retry.headers


async def test_key_needs_sign_in_and_a_sane_length(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    url = f"/threads/{thread['id']}/posts"
    problem(await client.post(url, json={"body": "x"}, headers={"Idempotency-Key": "k"}), 401)
    problem(
        await client.post(
            url, json={"body": "x"}, headers={**member.headers, "Idempotency-Key": "k" * 256}
        ),
        422,
        "validation-error",
    )
    assert len((await client.get(url)).json()["items"]) == 1


async def test_an_invalid_request_does_not_use_up_its_key(
    client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    url = f"/threads/{thread['id']}/posts"
    headers = {**member.headers, "Idempotency-Key": "first-try-was-empty"}
    for _ in range(2):
        problem(
            await client.post(url, json={"body": "   "}, headers=headers), 422, "validation-error"
        )
    problem(
        await client.post(url, json={"body": "ok", "reply_to": 999_999}, headers=headers),
        422,
        "validation-error",
    )
    fixed = await client.post(url, json={"body": "Now with words"}, headers=headers)
    assert fixed.status_code == 201, fixed.text
    replay = await client.post(url, json={"body": "Now with words"}, headers=headers)
    assert replay.json()["id"] == fixed.json()["id"]
    assert [p["number"] for p in (await client.get(url)).json()["items"]] == [1, 2]


async def _wait_for_a_lock_wait(app: Any) -> None:
    """Until some backend of this database waits on a lock (the first request, blocked)."""
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    for _ in range(200):
        async with app.state.database.engine.connect() as connection:
            if await connection.scalar(waiting):
                return
        await asyncio.sleep(0.02)
    raise AssertionError("the first request never waited on the lock")


@pytest.mark.postgres_only
async def test_same_key_in_flight_is_409_at_once_then_replays(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    """The claim is part of the first request's transaction: a second request with the key
    waits on it only briefly, answers 409, and once the first commits, a retry replays it."""
    alice = await forum.member()
    thread = await forum.thread(alice)
    url = f"/threads/{thread['id']}/posts"
    headers = {**alice.headers, "Idempotency-Key": "slow-first"}
    async with app.state.database.engine.connect() as blocker:
        # Hold the thread's row, so the first reply stops at its counter update, its claim
        # made but not committed.
        await blocker.execute(
            text("SELECT id FROM threads WHERE id = :id FOR UPDATE"), {"id": thread["id"]}
        )
        first = asyncio.create_task(client.post(url, json={"body": "Slow"}, headers=headers))
        await _wait_for_a_lock_wait(app)

        started = time.perf_counter()
        second = await client.post(url, json={"body": "Slow"}, headers=headers)
        problem(second, 409, "idempotency-in-flight")
        assert time.perf_counter() - started < 1.0
        # Another body under the key cannot be judged before the first commits: also 409.
        other = await client.post(url, json={"body": "Other"}, headers=headers)
        problem(other, 409, "idempotency-in-flight")
        assert not first.done()
        await blocker.rollback()

    created = await first
    assert created.status_code == 201, created.text
    replay = await client.post(url, json={"body": "Slow"}, headers=headers)
    assert replay.status_code == 201
    assert replay.json()["id"] == created.json()["id"]
    assert replay.headers.get("idempotent-replayed") == "true"
    assert [p["number"] for p in (await client.get(url)).json()["items"]] == [1, 2]
