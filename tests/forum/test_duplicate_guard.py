"""The duplicate guard: the same body by the same member in the same thread within
DUPLICATE_POST_MINUTES is a double submit (409 /problems/duplicate-post), while an
Idempotency-Key retry is still answered with the original 201.

The default test settings turn the guard off (`duplicate_post_minutes=0`); these tests build
an app with a five-minute window on the same database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from httpx import AsyncClient, Response

from app.config import Settings
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import Site, set_post, site, utc_in

BODY = "Has anyone tried the sleep clinic on Elm Street?"


@pytest.fixture
async def guarded(settings: Settings) -> AsyncIterator[Site]:
    async with site(settings, duplicate_post_minutes=5) as limited:
        yield limited


async def reply(
    client: AsyncClient, author: Member, thread_id: int, body: str = BODY, **headers: str
) -> Response:
    return await client.post(
        f"/threads/{thread_id}/posts", json={"body": body}, headers={**author.headers, **headers}
    )


async def bodies(client: AsyncClient, thread_id: int) -> list[str]:
    response = await client.get(f"/threads/{thread_id}/posts", params={"limit": 100})
    assert response.status_code == 200, response.text
    return [post["body"] for post in response.json()["items"]]


async def test_the_same_reply_twice_is_409(guarded: Site) -> None:
    client, forum = guarded.client, guarded.forum
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    first = await reply(client, member, thread["id"])
    assert first.status_code == 201, first.text
    body = problem(await reply(client, member, thread["id"]), 409, "duplicate-post")
    assert body["detail"]
    assert (await bodies(client, thread["id"])).count(BODY) == 1
    thread_now = (await client.get(f"/threads/{thread['id']}")).json()
    assert thread_now["post_count"] == 2


async def test_a_different_body_another_thread_or_another_member_is_fine(
    guarded: Site,
) -> None:
    client, forum = guarded.client, guarded.forum
    member = await forum.member()
    other = await forum.member()
    category = await forum.category()
    thread = await forum.thread(await forum.member(), category)
    another_thread = await forum.thread(await forum.member(), category, title="Another one")
    assert (await reply(client, member, thread["id"])).status_code == 201
    for response in (
        await reply(client, member, thread["id"], BODY + " Thanks!"),
        await reply(client, member, another_thread["id"]),
        await reply(client, other, thread["id"]),
    ):
        assert response.status_code == 201, response.text
    assert (await bodies(client, thread["id"]))[1:] == [BODY, BODY + " Thanks!", BODY]


async def test_an_idempotent_retry_replays_the_201(guarded: Site) -> None:
    client, forum = guarded.client, guarded.forum
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    first = await reply(client, member, thread["id"], **{"Idempotency-Key": "post-elm-street"})
    assert first.status_code == 201, first.text
    retry = await reply(client, member, thread["id"], **{"Idempotency-Key": "post-elm-street"})
    assert retry.status_code == 201, retry.text
    assert retry.headers.get("idempotent-replayed") == "true"
    assert retry.json() == first.json()
    assert retry.headers["location"] == first.headers["location"]
    # The same post without the key (or with a new one) is a double submit.
    problem(await reply(client, member, thread["id"]), 409, "duplicate-post")
    problem(
        await reply(client, member, thread["id"], **{"Idempotency-Key": "another-key"}),
        409,
        "duplicate-post",
    )
    # …and the refused request left its key free: a retry of it is refused the same way.
    problem(
        await reply(client, member, thread["id"], **{"Idempotency-Key": "another-key"}),
        409,
        "duplicate-post",
    )
    assert (await bodies(client, thread["id"])).count(BODY) == 1


async def test_after_the_window_the_same_body_may_be_posted_again(guarded: Site) -> None:
    client, forum = guarded.client, guarded.forum
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    first = await reply(client, member, thread["id"])
    assert first.status_code == 201, first.text
    await set_post(guarded.app, first.json()["id"], created_at=utc_in(minutes=-4))
    problem(await reply(client, member, thread["id"]), 409, "duplicate-post")
    await set_post(guarded.app, first.json()["id"], created_at=utc_in(minutes=-6))
    response = await reply(client, member, thread["id"])
    assert response.status_code == 201, response.text
    assert (await bodies(client, thread["id"])).count(BODY) == 2


async def test_a_deleted_post_may_be_posted_again(guarded: Site) -> None:
    client, forum = guarded.client, guarded.forum
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    first = await reply(client, member, thread["id"])
    assert first.status_code == 201, first.text
    response = await client.delete(f"/posts/{first.json()['id']}", headers=member.headers)
    assert response.status_code == 204, response.text
    response = await reply(client, member, thread["id"])
    assert response.status_code == 201, response.text


async def test_the_same_new_thread_twice_is_409(guarded: Site) -> None:
    client, forum = guarded.client, guarded.forum
    member = await forum.member()
    category = await forum.category()
    payload: dict[str, Any] = {"category": category["slug"], "title": "Sleep clinic?", "body": BODY}
    first = await client.post("/threads", json=payload, headers=member.headers)
    assert first.status_code == 201, first.text
    problem(
        await client.post("/threads", json=payload, headers=member.headers), 409, "duplicate-post"
    )
    # Another title is another thread.
    response = await client.post(
        "/threads", json={**payload, "title": "Sleep clinic, part two"}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    listed = (await client.get("/threads", params={"category": category["slug"]})).json()
    assert sorted(t["title"] for t in listed["items"]) == [
        "Sleep clinic, part two",
        "Sleep clinic?",
    ]


async def test_the_guard_is_off_when_the_window_is_zero(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    for _ in range(2):
        response = await reply(client, member, thread["id"])
        assert response.status_code == 201, response.text
