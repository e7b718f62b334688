"""A local group's thread list: GET /threads?group=, POST /threads with `group`, threads
that say their category's kind, and the forum's category routes that never show a group's."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, Member, assert_counters_exact, problem
from tests.meetups.conftest import Meetups

Json = dict[str, Any]


async def new_group(
    client: AsyncClient, creator: Member, name: str = "Leeds North parents"
) -> Json:
    response = await client.post(
        "/groups", json={"name": name, "area": "Leeds North"}, headers=creator.headers
    )
    assert response.status_code == 201, response.text
    body: Json = response.json()
    return body


async def group_thread(client: AsyncClient, author: Member, group: str, **fields: Any) -> Json:
    payload = {"group": group, "title": "Soft play on Saturday?", "body": "Anyone going?", **fields}
    response = await client.post("/threads", json=payload, headers=author.headers)
    assert response.status_code == 201, response.text
    body: Json = response.json()
    return body


async def test_threads_in_a_group(app: Any, client: AsyncClient, forum: Forum) -> None:
    creator, outsider = await forum.member(), await forum.member()
    group = await new_group(client, creator)
    slug = group["slug"]

    # Any signed-in member may post there, member of the group or not.
    first = await group_thread(client, creator, slug, title="Welcome, everyone")
    second = await group_thread(client, outsider, slug, title="New here")
    assert first["category"] == {
        "id": first["category"]["id"],
        "slug": slug,
        "name": "Leeds North parents",
        "kind": "group",
    }
    assert first["first_post"]["number"] == 1
    await forum.reply(creator, second["id"], body="Welcome!")

    # The group's list: its threads, active first; pinned first as in a category.
    response = await client.get("/threads", params={"group": slug})
    assert response.status_code == 200, response.text
    assert [t["id"] for t in response.json()["items"]] == [second["id"], first["id"]]
    moderator = await forum.moderator()
    response = await client.patch(
        f"/threads/{first['id']}", json={"is_pinned": True}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    for sort in ("active", "new"):
        page = (await client.get("/threads", params={"group": slug, "sort": sort})).json()
        assert [t["id"] for t in page["items"]] == [first["id"], second["id"]], sort
    # Paged with keyset cursors, for members too.
    page = (
        await client.get("/threads", params={"group": slug, "limit": 1}, headers=outsider.headers)
    ).json()
    assert [t["id"] for t in page["items"]] == [first["id"]]
    assert page["items"][0]["unread_count"] is not None
    rest = (
        await client.get(
            "/threads",
            params={"group": slug, "limit": 1, "cursor": page["next_cursor"]},
            headers=outsider.headers,
        )
    ).json()
    assert [t["id"] for t in rest["items"]] == [second["id"]] and rest["next_cursor"] is None

    # The forum's own lists: a forum category's list does not hold them; the list of every
    # thread does, each saying its kind; a thread's page too.
    category = await forum.category("sleep")
    forum_thread = await forum.thread(creator, category)
    everything = (await client.get("/threads")).json()["items"]
    assert {t["id"]: t["category"]["kind"] for t in everything} == {
        forum_thread["id"]: "forum",
        second["id"]: "group",
        first["id"]: "group",
    }
    in_category = (await client.get("/threads", params={"category": "sleep"})).json()["items"]
    assert [t["id"] for t in in_category] == [forum_thread["id"]]
    assert (await client.get(f"/threads/{first['id']}")).json()["category"]["kind"] == "group"
    assert (await client.get(f"/threads/{forum_thread['id']}")).json()["category"]["kind"] == (
        "forum"
    )

    # The group's category is no forum category.
    assert [c["slug"] for c in (await client.get("/categories")).json()] == ["sleep"]
    problem(await client.get(f"/categories/{slug}"), 404)
    problem(await client.get("/threads", params={"category": slug}), 404)
    admin = await forum.admin()
    response = await client.patch(
        f"/categories/{slug}", json={"name": "Mine"}, headers=admin.headers
    )
    problem(response, 404)
    await assert_counters_exact(app)


async def test_where_a_thread_goes_is_checked(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    group = await new_group(client, member)
    category = await forum.category("sleep")
    valid = {"title": "A fine title", "body": "A fine body"}

    # `category` naming a group's slug reaches no group (only `group` does): no such
    # category, 404 as every missing resource (issue 14).
    problem(
        await client.post(
            "/threads", json={**valid, "category": group["slug"]}, headers=member.headers
        ),
        404,
        "not-found",
    )
    # Neither, both, or a group that is not there.
    cases: list[tuple[Json, list[str]]] = [
        ({}, ["body", "category"]),
        ({"category": None}, ["body", "category"]),
        ({"group": None}, ["body", "category"]),
        ({"category": "sleep", "group": group["slug"]}, ["body", "group"]),
        ({"category": None, "group": group["slug"]}, ["body", "group"]),
        ({"group": "no-such-group"}, ["body", "group"]),
        ({"group": category["slug"]}, ["body", "group"]),  # a forum category is no group
    ]
    for change, loc in cases:
        response = await client.post("/threads", json={**valid, **change}, headers=member.headers)
        body = problem(response, 422, "validation-error")
        assert body["errors"][0]["loc"] == loc, (change, body)
    for bad in ("Not A Slug", "", "a" * 51, 7):
        response = await client.post(
            "/threads", json={**valid, "group": bad}, headers=member.headers
        )
        body = problem(response, 422, "validation-error")
        assert any(error["loc"][-1] == "group" for error in body["errors"]), body

    # The list: an unknown group is 404; a category and a group together 422.
    problem(await client.get("/threads", params={"group": "no-such-group"}), 404)
    problem(await client.get("/threads", params={"group": "sleep"}), 404)
    body = problem(
        await client.get("/threads", params={"group": group["slug"], "category": "sleep"}), 422
    )
    assert body["errors"][0]["loc"] == ["query", "group"]
    problem(await client.get("/threads", params={"group": "g" * 51}), 422)
    assert (await client.get("/threads")).json()["items"] == []


async def test_group_threads_do_not_move(client: AsyncClient, forum: Forum) -> None:
    member, moderator = await forum.member(), await forum.moderator()
    group = await new_group(client, member)
    category = await forum.category("sleep")
    in_group = await group_thread(client, member, group["slug"])
    in_forum = await forum.thread(member, category)
    response = await client.patch(
        f"/threads/{in_group['id']}", json={"category": "sleep"}, headers=moderator.headers
    )
    problem(response, 409, "thread-not-movable")
    response = await client.patch(
        f"/threads/{in_forum['id']}", json={"category": group["slug"]}, headers=moderator.headers
    )
    problem(response, 404, "not-found")  # a group's slug names no forum category
    # Naming its own place changes nothing; other changes still work.
    response = await client.patch(
        f"/threads/{in_group['id']}",
        json={"category": group["slug"], "is_locked": True},
        headers=moderator.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json()["category"]["kind"] == "group" and response.json()["is_locked"]


async def test_who_may_post_in_a_group(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    creator, member, suspended = await forum.member(), await forum.member(), await forum.member()
    group = await new_group(client, creator)
    payload = {"group": group["slug"], "title": "Hello group", "body": "Hi all"}
    problem(await client.post("/threads", json=payload), 401)
    await meetups.suspend(suspended)
    problem(
        await client.post("/threads", json=payload, headers=suspended.headers), 403, "suspended"
    )
    read_only = await meetups.pat(member, "read")
    problem(
        await client.post("/threads", json=payload, headers=read_only.headers),
        403,
        "insufficient-scope",
    )
    writer = await meetups.pat(member, "read", "write")
    response = await client.post("/threads", json=payload, headers=writer.headers)
    assert response.status_code == 201, response.text
    # Visitors and suspended members read the group's list.
    for headers in ({}, suspended.headers, read_only.headers):
        response = await client.get("/threads", params={"group": group["slug"]}, headers=headers)
        assert response.status_code == 200 and len(response.json()["items"]) == 1
