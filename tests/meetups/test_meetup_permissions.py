"""Who may do what with the meet-up routes: visitor, member, host, moderator, suspended
member, and personal access tokens with read, write or moderate scopes."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient, Response

from tests.helpers import Forum, Member, problem
from tests.meetups.conftest import Meetups, Pat, meetup_body

Who = Member | Pat | None


def _headers(who: Who) -> dict[str, str]:
    return who.headers if who is not None else {}


async def _create(client: AsyncClient, who: Who) -> Response:
    return await client.post("/meetups", json=meetup_body(), headers=_headers(who))


async def test_create(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    member = await forum.member()
    assert (await _create(client, member)).status_code == 201
    problem(await _create(client, None), 401)
    problem(await _create(client, await meetups.pat(member, "read")), 403, "insufficient-scope")
    assert (await _create(client, await meetups.pat(member, "read", "write"))).status_code == 201
    moderator = await forum.moderator()
    assert (await _create(client, moderator)).status_code == 201
    suspended = await forum.member()
    await meetups.suspend(suspended)
    problem(await _create(client, suspended), 403, "suspended")


async def test_read(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    path = f"/meetups/{created['id']}"
    member = await forum.member()
    reader = await meetups.pat(member, "read")
    writer_only = await meetups.pat(member, "write")
    suspended = await forum.member()
    await meetups.suspend(suspended)
    for who, venue in ((None, None), (member, created["venue"]), (reader, created["venue"])):
        for route in (path, "/meetups"):
            response = await client.get(route, headers=_headers(who))
            assert response.status_code == 200, response.text
            shown = response.json() if route == path else response.json()["items"][0]
            assert shown["venue"] == venue
    # A suspended member still reads.
    assert (await client.get(path, headers=suspended.headers)).status_code == 200
    # A token without `read` reads nothing.
    problem(await client.get(path, headers=writer_only.headers), 403, "insufficient-scope")
    problem(await client.get(path, headers={"Authorization": "Bearer nonsense"}), 401)


async def test_pending_count_only_for_host_and_moderators(
    forum: Forum, meetups: Meetups, set_meetup: Any
) -> None:
    host, member, moderator = await forum.member(), await forum.member(), await forum.moderator()
    created = await meetups.meetup(host, requires_approval=True)
    await set_meetup(created["id"], pending_count=2)
    assert (await meetups.read(created["id"], host))["pending_count"] == 2
    assert (await meetups.read(created["id"], moderator))["pending_count"] == 2
    assert (await meetups.read(created["id"], member))["pending_count"] == 0
    assert (await meetups.read(created["id"]))["pending_count"] == 0


async def _matrix(
    client: AsyncClient,
    forum: Forum,
    meetups: Meetups,
    act: Any,
) -> None:
    """`act(who, meetup_id)` on a fresh meet-up per allowed actor: host and moderator (also
    through write/moderate tokens) may; visitors 401; other members, suspended hosts and
    read-only or non-moderate tokens 403."""
    host = await forum.member()
    moderator = await forum.moderator()
    member = await forum.member()

    async def fresh() -> int:
        meetup_id: int = (await meetups.meetup(host))["id"]
        return meetup_id

    meetup_id = await fresh()
    problem(await act(None, meetup_id), 401)
    problem(await act(member, meetup_id), 403)
    problem(await act(await meetups.pat(host, "read"), meetup_id), 403, "insufficient-scope")
    # A moderator's token without `moderate` acts as a member: not theirs, so 403.
    problem(await act(await meetups.pat(moderator, "read", "write"), meetup_id), 403)
    problem(await act(host, 999999), 404)
    for who in (
        host,
        await meetups.pat(host, "read", "write"),
        moderator,
        await meetups.pat(moderator, "read", "write", "moderate"),
    ):
        response = await act(who, await fresh())
        assert response.status_code == 200, response.text
    await meetups.suspend(host)
    problem(await act(host, meetup_id), 403, "suspended")


async def test_edit(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    async def act(who: Who, meetup_id: int) -> Response:
        return await client.patch(
            f"/meetups/{meetup_id}", json={"title": "A new title"}, headers=_headers(who)
        )

    await _matrix(client, forum, meetups, act)


async def test_cancel(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    async def act(who: Who, meetup_id: int) -> Response:
        return await client.post(
            f"/meetups/{meetup_id}/cancel", json={"reason": "Ill"}, headers=_headers(who)
        )

    await _matrix(client, forum, meetups, act)


async def test_flag(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    path = f"/meetups/{created['id']}/flags"
    body = {"reason": "spam"}
    member = await forum.member()
    problem(await client.post(path, json=body), 401)
    problem(await client.post(path, json=body, headers=host.headers), 403)
    read_only = await meetups.pat(member, "read")
    problem(await client.post(path, json=body, headers=read_only.headers), 403)
    suspended = await forum.member()
    await meetups.suspend(suspended)
    problem(await client.post(path, json=body, headers=suspended.headers), 403, "suspended")
    writer = await meetups.pat(member, "read", "write")
    assert (await client.post(path, json=body, headers=writer.headers)).status_code == 201
    moderator = await forum.moderator()
    assert (await client.post(path, json=body, headers=moderator.headers)).status_code == 201
