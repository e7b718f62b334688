"""GET /notifications, GET /notifications/unread-count, POST /notifications/read: who may,
who may not, bad inputs as problems, paging, and a leaving member's notifications."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.helpers import PASSWORD, Forum, Member, problem
from tests.notifications.fixtures import listed, rows, run_worker, subscribe, unread


async def told(app: Any, forum: Forum, member: Member, count: int) -> list[int]:
    """`count` watching notifications to `member`, oldest first; their ids."""
    author, writer = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    await run_worker(app)
    await subscribe(app, member, thread["id"], "watching")
    for _ in range(count):
        await forum.reply(writer, thread["id"])
    await run_worker(app)
    return [row.id for row in await rows(app, user_id=member.id)]


async def test_visitors_are_refused(client: AsyncClient) -> None:
    problem(await client.get("/notifications"), 401)
    problem(await client.get("/notifications/unread-count"), 401)
    problem(await client.post("/notifications/read", json={"all": True}), 401)


async def test_list_pages_newest_first_and_marks_only_ones_own(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    member, other = await forum.member(), await forum.member()
    ids = await told(app, forum, member, 5)
    others = await told(app, forum, other, 1)
    assert await unread(client, member) == 5

    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        response = await client.get("/notifications", params=params, headers=member.headers)
        assert response.status_code == 200, response.text
        seen += [item["id"] for item in response.json()["items"]]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(ids, reverse=True)

    # Another member's id is ignored (no error, nothing learnt, nothing changed).
    response = await client.post(
        "/notifications/read", json={"ids": [ids[0], ids[1], *others]}, headers=member.headers
    )
    assert response.status_code == 204, response.text
    assert await unread(client, member) == 3
    assert await unread(client, other) == 1
    unread_ids = [item["id"] for item in await listed(client, member, unread="true")]
    assert unread_ids == sorted(ids[2:], reverse=True)
    first_read = {i["id"]: i["read_at"] for i in await listed(client, member)}
    assert first_read[ids[0]] is not None

    # Idempotent: marking again keeps the first time.
    response = await client.post(
        "/notifications/read", json={"ids": [ids[0]]}, headers=member.headers
    )
    assert response.status_code == 204
    assert {i["id"]: i["read_at"] for i in await listed(client, member)} == first_read
    response = await client.post("/notifications/read", json={"all": True}, headers=member.headers)
    assert response.status_code == 204
    assert await unread(client, member) == 0
    assert await listed(client, member, unread="true") == []
    assert await unread(client, other) == 1


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"ids": [1], "all": True},
        {"ids": [-1]},
        {"ids": [0]},
        {"ids": list(range(1, 102))},
        {"ids": "1"},
        {"all": False},
        {"all": "true"},
        {"ids": [2**63]},
    ],
)
async def test_bad_bodies_are_422(client: AsyncClient, forum: Forum, body: Any) -> None:
    member = await forum.member()
    problem(await client.post("/notifications/read", json=body, headers=member.headers), 422)


async def test_bad_queries_are_problems(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    for params in ({"limit": 0}, {"limit": 101}, {"unread": "maybe"}):
        problem(await client.get("/notifications", params=params, headers=member.headers), 422)
    response = await client.get("/notifications", params={"cursor": "x"}, headers=member.headers)
    assert response.status_code in (400, 422)
    problem(response, response.status_code)


async def token(client: AsyncClient, member: Member, scopes: list[str]) -> dict[str, str]:
    response = await client.post(
        "/me/tokens", json={"name": "bot", "scopes": scopes}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


async def test_scopes(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    reader = await token(client, member, ["read"])
    writer = await token(client, member, ["write"])
    assert (await client.get("/notifications", headers=reader)).status_code == 200
    assert (await client.get("/notifications/unread-count", headers=reader)).status_code == 200
    problem(await client.post("/notifications/read", json={"all": True}, headers=reader), 403)
    problem(await client.get("/notifications", headers=writer), 403)
    response = await client.post("/notifications/read", json={"all": True}, headers=writer)
    assert response.status_code == 204


async def test_leaving_erases_them_and_the_export_has_them(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    ids = await told(app, forum, member, 2)
    response = await client.get("/me/export", headers=member.headers)
    assert response.status_code == 200, response.text
    exported = response.json()["notifications"]
    assert [item["id"] for item in exported] == ids
    assert {item["kind"] for item in exported} == {"watching"}

    response = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=member.headers
    )
    assert response.status_code == 204, response.text
    assert await rows(app, user_id=member.id) == []
