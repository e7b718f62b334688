"""Local groups through the API: start one (its category with it), find them by area
(folded, by prefix, paged), join and leave (idempotent, counters exact), who may do what,
and the refusals of bad input as problem documents."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient

from app.meetups.groups import slug_from_name
from tests.helpers import Forum, Member, assert_counters_exact, problem
from tests.meetups.conftest import Meetups, page_selects

Json = dict[str, Any]


async def start(client: AsyncClient, creator: Member, **fields: Any) -> Json:
    payload = {"name": "Leeds North parents", "area": "Leeds North", **fields}
    response = await client.post("/groups", json=payload, headers=creator.headers)
    assert response.status_code == 201, response.text
    body: Json = response.json()
    return body


async def read(client: AsyncClient, slug: str, viewer: Member | None = None) -> Json:
    response = await client.get(f"/groups/{slug}", headers=viewer.headers if viewer else {})
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


async def listed(client: AsyncClient, viewer: Member | None = None, **params: Any) -> Json:
    response = await client.get("/groups", params=params, headers=viewer.headers if viewer else {})
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


def test_slugs_from_names() -> None:
    assert slug_from_name("Leeds North parents") == "leeds-north-parents"
    assert slug_from_name("  Café crème: mums & dads!! ") == "cafe-creme-mums-dads"
    assert slug_from_name("Ünïcödé ÆØÅ") == "unicode-a"
    assert slug_from_name("母亲们") == "group"
    assert slug_from_name("---") == "group"
    long = slug_from_name("a" * 30 + " " + "b" * 30)
    assert len(long) <= 46 and not long.endswith("-")


async def test_start_a_group_read_join_and_leave(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    creator, other = await forum.member(), await forum.member()
    response = await client.post(
        "/groups",
        json={
            "name": "Leeds North parents",
            "area": "Leeds  North",
            "description": "Mums and dads around Chapel Allerton.",
        },
        headers=creator.headers,
    )
    assert response.status_code == 201, response.text
    group = response.json()
    assert response.headers["location"] == "/api/v1/groups/leeds-north-parents"
    assert group == {
        "id": group["id"],
        "slug": "leeds-north-parents",
        "name": "Leeds North parents",
        "area": "Leeds North",  # spacing folded for display
        "description": "Mums and dads around Chapel Allerton.",
        "member_count": 1,
        "is_member": True,
    }

    # Per viewer: a visitor and another member are not members.
    assert (await read(client, "leeds-north-parents"))["is_member"] is False
    assert (await read(client, "leeds-north-parents", other))["is_member"] is False
    assert (await read(client, "leeds-north-parents", creator))["is_member"] is True

    # Joining twice counts once; leaving twice counts once.
    for _ in range(2):
        response = await client.put("/groups/leeds-north-parents/membership", headers=other.headers)
        assert response.status_code == 204, response.text
        assert response.content == b""
    seen = await read(client, "leeds-north-parents", other)
    assert (seen["member_count"], seen["is_member"]) == (2, True)
    await assert_counters_exact(app)
    for _ in range(2):
        response = await client.delete(
            "/groups/leeds-north-parents/membership", headers=other.headers
        )
        assert response.status_code == 204, response.text
    seen = await read(client, "leeds-north-parents", other)
    assert (seen["member_count"], seen["is_member"]) == (1, False)

    # The creator may leave her own group too (nobody is kept in one).
    response = await client.delete(
        "/groups/leeds-north-parents/membership", headers=creator.headers
    )
    assert response.status_code == 204
    assert (await read(client, "leeds-north-parents"))["member_count"] == 0
    await assert_counters_exact(app)

    # Its thread list is not a forum category.
    assert all(c["slug"] != "leeds-north-parents" for c in (await client.get("/categories")).json())
    problem(await client.get("/categories/leeds-north-parents"), 404)


async def test_slugs_are_made_from_names_and_unique_with_categories(
    client: AsyncClient, forum: Forum
) -> None:
    creator = await forum.member()
    await forum.category("bristol-dads")
    first = await start(client, creator, name="Hackney mums & dads", area="Hackney")
    second = await start(client, creator, name="Hackney Mums and... dads", area="Hackney")
    third = await start(client, await forum.member(), name="Hackney mums dads!", area="Hackney")
    assert [first["slug"], second["slug"], third["slug"]] == [
        "hackney-mums-dads",
        "hackney-mums-and-dads",
        "hackney-mums-dads-2",
    ]
    # A name whose slug is a forum category's takes a suffix; an explicit one is 409.
    assert (await start(client, creator, name="Bristol dads", area="Bristol"))["slug"] == (
        "bristol-dads-2"
    )
    for taken in ("bristol-dads", "hackney-mums-dads", "meetups"):
        response = await client.post(
            "/groups",
            json={"name": "Another group", "area": "Bristol", "slug": taken},
            headers=creator.headers,
        )
        problem(response, 409, "group-exists")
    # An explicit free slug is used as given.
    chosen = await start(
        client, await forum.member(), name="Anything", area="Bristol", slug="bristol-walks"
    )
    assert chosen["slug"] == "bristol-walks"
    # "Meetups" never takes the meet-ups' category's slug.
    named = await start(client, await forum.member(), name="Meetups", area="York")
    assert named["slug"] == "meetups-2"
    # A forum category cannot then take a group's slug either.
    admin = await forum.admin()
    response = await client.post(
        "/categories", json={"slug": "bristol-walks", "name": "Walks"}, headers=admin.headers
    )
    problem(response, 409)


async def test_area_folding_prefix_filter_and_paging(client: AsyncClient, forum: Forum) -> None:
    creator = await forum.member()
    areas = ["Leeds North", "leeds  north", "Leeds South", "LEEDS North East", "York", "Lee_ds"]
    made = []
    for n, area in enumerate(areas):
        member = await forum.member() if n % 4 == 3 else creator
        made.append(await start(client, member, name=f"Group number {n}", area=area))
    visitor_page = await listed(client, area="leeds  NORTH")
    names = [g["name"] for g in visitor_page["items"]]
    # "Leeds North" and "leeds  north" are one area; "Leeds North East" starts with it.
    assert names == ["Group number 0", "Group number 1", "Group number 3"]
    assert {g["area"] for g in visitor_page["items"]} == {
        "Leeds North",
        "leeds north",
        "LEEDS North East",
    }
    assert [g["name"] for g in (await listed(client, area="leed"))["items"]] == [
        "Group number 0",
        "Group number 1",
        "Group number 3",
        "Group number 2",
    ]
    # LIKE's wildcards are plain characters.
    assert [g["name"] for g in (await listed(client, area="lee_"))["items"]] == ["Group number 5"]
    assert (await listed(client, area="%"))["items"] == []
    assert (await listed(client, area="Manchester"))["items"] == []

    # All groups by (area, slug), paged with keyset cursors: no repeats, none missed.
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = await listed(client, creator, **params)
        assert len(page["items"]) <= 2
        seen += [g["slug"] for g in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(g["slug"] for g in made) and len(seen) == len(set(seen))
    everything = (await listed(client, creator, limit=100))["items"]
    assert [g["slug"] for g in everything] == seen
    assert [g["is_member"] for g in everything].count(True) == 5  # the creator's five

    # Areas for the picker: one per folded area, with its groups.
    response = await client.get("/areas", params={"prefix": "LEEDS"})
    assert response.status_code == 200, response.text
    assert [(a["group_count"], a["meetup_count"]) for a in response.json()] == [
        (2, 0),
        (1, 0),
        (1, 0),
    ]
    assert [a["area"].casefold().split() for a in response.json()] == [
        ["leeds", "north"],
        ["leeds", "north", "east"],
        ["leeds", "south"],
    ]
    assert len((await client.get("/areas")).json()) == 5
    assert len((await client.get("/areas", params={"limit": 1})).json()) == 1


async def test_areas_count_upcoming_meetups(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    await start(client, host, name="Otley parents", area="Otley")
    await meetups.meetup(host, area="otley")
    await meetups.meetup(host, area="Ilkley")
    areas = {a["area"].casefold(): a for a in (await client.get("/areas")).json()}
    assert (areas["otley"]["group_count"], areas["otley"]["meetup_count"]) == (1, 1)
    assert (areas["ilkley"]["group_count"], areas["ilkley"]["meetup_count"]) == (0, 1)


async def test_bad_input_is_a_problem(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    valid = {"name": "Leeds North parents", "area": "Leeds North"}
    invalid: list[tuple[Json, str]] = [
        ({"name": "ab"}, "name"),
        ({"name": "n" * 81}, "name"),
        ({"name": " Leading space"}, "name"),
        ({"name": "Two\nlines"}, "name"),
        ({"name": None}, "name"),
        ({"name": 42}, "name"),
        ({"area": "L"}, "area"),
        ({"area": "a" * 81}, "area"),
        ({"area": ["Leeds"]}, "area"),
        ({"description": "d" * 2001}, "description"),
        ({"slug": "Not A Slug"}, "slug"),
        ({"slug": "-leading"}, "slug"),
        ({"slug": "a" * 51}, "slug"),
        ({"slug": ""}, "slug"),
        ({"name": "Nul \u0000 inside"}, "name"),
    ]
    for change, field in invalid:
        body = problem(
            await client.post("/groups", json={**valid, **change}, headers=member.headers),
            422,
            "validation-error",
        )
        assert any(error["loc"][-1] == field for error in body["errors"]), (change, body)
    for missing in ("name", "area"):
        payload = {k: v for k, v in valid.items() if k != missing}
        body = problem(await client.post("/groups", json=payload, headers=member.headers), 422)
        assert body["errors"][0]["loc"] == ["body", missing]
    problem(await client.post("/groups", json=["x"], headers=member.headers), 422)
    malformed = await client.post(
        "/groups",
        content=b'{"name": ',
        headers={**member.headers, "Content-Type": "application/json"},
    )
    problem(malformed, 400, "malformed-json")
    assert (await listed(client))["items"] == []

    # Unknown groups, bad cursors and bad queries.
    problem(await client.get("/groups/no-such-group"), 404)
    problem(await client.put("/groups/no-such-group/membership", headers=member.headers), 404)
    problem(await client.delete("/groups/no-such-group/membership", headers=member.headers), 404)
    problem(await client.get("/groups", params={"cursor": "garbage"}), 400, "invalid-cursor")
    problem(await client.get("/groups", params={"limit": 0}), 422)
    problem(await client.get("/groups", params={"limit": 101}), 422)
    problem(await client.get("/groups", params={"area": "a" * 81}), 422)
    problem(await client.get("/groups", params={"area": "a\u0000b"}), 422)
    problem(await client.get("/areas", params={"limit": 21}), 422)
    problem(await client.get("/areas", params={"prefix": "a" * 81}), 422)
    problem(await client.get("/groups/" + "a" * 65), 422)


async def test_permissions(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    creator, member, suspended = await forum.member(), await forum.member(), await forum.member()
    group = await start(client, creator)
    url = f"/groups/{group['slug']}/membership"
    assert (await client.put(url, headers=suspended.headers)).status_code == 204

    # Visitors read, and may do nothing else.
    assert (await client.get("/groups")).status_code == 200
    assert (await client.get(f"/groups/{group['slug']}")).status_code == 200
    assert (await client.get("/areas")).status_code == 200
    problem(await client.post("/groups", json={"name": "Abc", "area": "Leeds"}), 401)
    problem(await client.put(url), 401)
    problem(await client.delete(url), 401)

    # A suspended member may leave, but not join or start a group.
    await meetups.suspend(suspended)
    problem(await client.put(url, headers=suspended.headers), 403, "suspended")
    response = await client.post(
        "/groups", json={"name": "Mine now", "area": "Leeds"}, headers=suspended.headers
    )
    problem(response, 403, "suspended")
    assert (await client.delete(url, headers=suspended.headers)).status_code == 204
    assert (await read(client, group["slug"], suspended))["is_member"] is False
    assert (await client.get("/groups", headers=suspended.headers)).status_code == 200

    # Personal access tokens: read lists, write joins, leaves and starts.
    read_only = await meetups.pat(member, "read")
    writer = await meetups.pat(member, "read", "write")
    write_only = await meetups.pat(member, "write")
    assert (await client.get("/groups", headers=read_only.headers)).status_code == 200
    problem(await client.get("/groups", headers=write_only.headers), 403, "insufficient-scope")
    problem(await client.put(url, headers=read_only.headers), 403, "insufficient-scope")
    problem(await client.delete(url, headers=read_only.headers), 403, "insufficient-scope")
    response = await client.post(
        "/groups", json={"name": "Read only", "area": "Leeds"}, headers=read_only.headers
    )
    problem(response, 403, "insufficient-scope")
    assert (await client.put(url, headers=writer.headers)).status_code == 204
    assert (await client.delete(url, headers=writer.headers)).status_code == 204
    response = await client.post(
        "/groups", json={"name": "By a script", "area": "Leeds"}, headers=writer.headers
    )
    assert response.status_code == 201, response.text

    # A moderator is a member like any other here.
    moderator = await forum.moderator()
    assert (await client.put(url, headers=moderator.headers)).status_code == 204
    assert (await read(client, group["slug"]))["member_count"] == 2


async def test_a_few_groups_a_day(app: Any, client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    limit = app.state.settings.max_groups_per_day
    for n in range(limit):
        await start(client, member, name=f"Busy group {n}", area="Leeds")
    response = await client.post(
        "/groups", json={"name": "One too many", "area": "Leeds"}, headers=member.headers
    )
    body = problem(response, 429, "too-many-groups")
    assert "a day" in body["detail"]
    assert 0 < int(response.headers["retry-after"]) <= 24 * 3600
    # Someone else is not held back; nor is a moderator.
    await start(client, await forum.member(), name="Someone else's", area="Leeds")
    moderator = await forum.moderator()
    for n in range(limit + 1):
        await start(client, moderator, name=f"Moderated group {n}", area="Leeds")


async def test_idempotent_creation(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    headers = {**member.headers, "Idempotency-Key": "start-a-group-once"}
    payload = {"name": "Once only", "area": "Leeds"}
    first = await client.post("/groups", json=payload, headers=headers)
    again = await client.post("/groups", json=payload, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert len((await listed(client))["items"]) == 1


async def test_leaving_the_forum_leaves_groups_and_exports_them(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    creator, leaver = await forum.member(), await forum.member()
    first = await start(client, creator, name="First group", area="Leeds")
    second = await start(client, leaver, name="Second group", area="York")
    assert (
        await client.put(f"/groups/{first['slug']}/membership", headers=leaver.headers)
    ).status_code == 204

    response = await client.get("/me/export", headers=leaver.headers)
    assert response.status_code == 200, response.text
    exported = response.json()["groups"]
    assert [(g["slug"], g["started_by_you"]) for g in exported] == [
        (second["slug"], True),
        (first["slug"], False),
    ]
    assert set(exported[0]) == {"slug", "name", "area", "started_by_you", "joined_at"}

    response = await client.request(
        "DELETE", "/me", json={"password": leaver.password, "posts": "keep"}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text
    assert (await read(client, first["slug"], creator))["member_count"] == 1
    assert (await read(client, second["slug"]))["member_count"] == 0
    await assert_counters_exact(app)


@pytest.mark.postgres_only
async def test_concurrent_joins_and_leaves_keep_the_count_exact(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    creator = await forum.member()
    group = await start(client, creator)
    url = f"/groups/{group['slug']}/membership"
    members = [await forum.member() for _ in range(25)]
    # 50 joins at once: each member twice.
    responses = await asyncio.gather(
        *(client.put(url, headers=m.headers) for m in members for _ in range(2))
    )
    assert Counter(r.status_code for r in responses) == {204: 50}, [r.text for r in responses]
    assert (await read(client, group["slug"]))["member_count"] == 26
    await assert_counters_exact(app)
    # 50 at once again, mixed: the first ten leave (twice each), the rest join again.
    requests = []
    for n, m in enumerate(members):
        for _ in range(2):
            if n < 10:
                requests.append(client.delete(url, headers=m.headers))
            else:
                requests.append(client.put(url, headers=m.headers))
    responses = await asyncio.gather(*requests)
    assert Counter(r.status_code for r in responses) == {204: 50}, [r.text for r in responses]
    assert (await read(client, group["slug"]))["member_count"] == 16
    await assert_counters_exact(app)


async def test_a_page_of_groups_is_one_select(
    client: AsyncClient, forum: Forum, statements: list[str]
) -> None:
    """No N+1: whether the viewer is a member comes with the groups, whatever the page."""
    viewer = await forum.member()
    for n in range(10):
        group = await start(client, await forum.member(), name=f"Group {n}", area="Leeds")
        if n % 2:
            await client.put(f"/groups/{group['slug']}/membership", headers=viewer.headers)

    async def cost(limit: int, who: Member | None) -> int:
        statements.clear()
        page = await listed(client, who, limit=limit, area="leeds")
        assert len(page["items"]) == limit
        return page_selects(statements)

    for who in (None, viewer):
        assert await cost(2, who) == await cost(10, who)
    assert await cost(10, None) == 1
    page = await listed(client, viewer, limit=10)
    assert [g["is_member"] for g in page["items"]].count(True) == 5
