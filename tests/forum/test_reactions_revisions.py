"""Reactions (idempotent PUT/DELETE, counts, my_reactions) and post revisions."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.forum.conftest import when
from tests.helpers import Forum, problem


async def test_reactions(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(author)
    post = thread["first_post"]
    url = f"/posts/{post['id']}/reactions"

    async def seen_by(headers: dict[str, str]) -> tuple[dict[str, int], list[str]]:
        single = (await client.get(f"/posts/{post['id']}", headers=headers)).json()
        paged = (await client.get(f"/threads/{thread['id']}/posts", headers=headers)).json()
        assert paged["items"][0]["reactions"] == single["reactions"]
        assert paged["items"][0]["my_reactions"] == single["my_reactions"]
        return single["reactions"], single["my_reactions"]

    async def react(method: str, kind: str, headers: dict[str, str]) -> Any:
        """The answer is the post's reactions as they are now (API.md: 200, not 204)."""
        response = await client.request(method, f"{url}/{kind}", headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == {"reactions", "my_reactions"}
        assert (body["reactions"], body["my_reactions"]) == await seen_by(headers)
        return body

    for actor, kind in [(alice, "heart"), (alice, "hug"), (bob, "heart"), (author, "thanks")]:
        await react("PUT", kind, actor.headers)
    # Doing it again changes nothing.
    again = await react("PUT", "heart", alice.headers)
    assert again == {
        "reactions": {"heart": 2, "hug": 1, "thanks": 1},
        "my_reactions": ["heart", "hug"],
    }

    assert await seen_by({}) == ({"heart": 2, "hug": 1, "thanks": 1}, [])
    assert await seen_by(alice.headers) == ({"heart": 2, "hug": 1, "thanks": 1}, ["heart", "hug"])
    assert await seen_by(bob.headers) == ({"heart": 2, "hug": 1, "thanks": 1}, ["heart"])
    assert await seen_by(author.headers) == ({"heart": 2, "hug": 1, "thanks": 1}, ["thanks"])

    for _ in range(2):  # removing twice is fine too
        await react("DELETE", "heart", alice.headers)
    # Removing a reaction one never made is a no-op.
    await react("DELETE", "laugh", bob.headers)
    assert await seen_by(alice.headers) == ({"heart": 1, "hug": 1, "thanks": 1}, ["hug"])
    await react("DELETE", "hug", alice.headers)
    assert await seen_by(alice.headers) == ({"heart": 1, "thanks": 1}, [])

    # Every kind the contract names is accepted; nothing else is.
    for kind in ("heart", "hug", "same", "thanks", "laugh"):
        await react("PUT", kind, bob.headers)
    reactions, mine = await seen_by(bob.headers)
    assert reactions == {"heart": 1, "hug": 1, "same": 1, "thanks": 2, "laugh": 1}
    assert sorted(mine) == ["heart", "hug", "laugh", "same", "thanks"]
    for kind in ("angry", "HEART", "1"):
        problem(await client.put(f"{url}/{kind}", headers=bob.headers), 422, "validation-error")
        problem(await client.delete(f"{url}/{kind}", headers=bob.headers), 422)


async def test_reaction_permissions_and_missing_posts(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    url = f"/posts/{thread['first_post']['id']}/reactions/hug"
    response = await client.put(url)
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    problem(await client.delete(url), 401, "not-authenticated")
    problem(await client.put("/posts/999999/reactions/hug", headers=member.headers), 404)
    problem(await client.delete("/posts/999999/reactions/hug", headers=member.headers), 404)
    assert (await client.get(f"/posts/{thread['first_post']['id']}")).json()["reactions"] == {}


async def test_revisions_are_kept_on_edit(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(author, body="version one")
    post = thread["first_post"]
    url = f"/posts/{post['id']}"

    assert (await client.get(f"{url}/revisions", headers=author.headers)).json() == []

    first_edit = await client.patch(url, json={"body": "version two"}, headers=author.headers)
    assert first_edit.status_code == 200
    assert first_edit.json()["edited_at"] is not None
    second_edit = await client.patch(url, json={"body": "version three"}, headers=moderator.headers)
    assert second_edit.status_code == 200
    assert when(second_edit.json()["edited_at"]) > when(first_edit.json()["edited_at"])
    # Saving the same body again is not a new revision and not a new edit.
    same = await client.patch(url, json={"body": "version three"}, headers=author.headers)
    assert same.status_code == 200
    assert same.json()["edited_at"] == second_edit.json()["edited_at"]

    response = await client.get(f"{url}/revisions", headers=author.headers)
    assert response.status_code == 200
    revisions = response.json()
    assert [r["number"] for r in revisions] == [1, 2]
    assert [r["body"] for r in revisions] == ["version one", "version two"]
    assert [r["editor"]["id"] for r in revisions] == [author.id, moderator.id]
    assert revisions[1]["editor"] == {
        "id": moderator.id,
        "username": moderator.username,
        "display_name": moderator.username,
        "role": "moderator",
    }
    for revision in revisions:
        assert set(revision) == {"number", "body", "created_at", "editor"}
        when(revision["created_at"])
    assert (await client.get(url)).json()["body"] == "version three"


async def test_revisions_permissions(client: AsyncClient, forum: Forum) -> None:
    author = await forum.member()
    stranger = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    thread = await forum.thread(author, body="before")
    url = f"/posts/{thread['first_post']['id']}"
    await client.patch(url, json={"body": "after"}, headers=author.headers)

    response = await client.get(f"{url}/revisions")
    problem(response, 401, "not-authenticated")
    problem(await client.get(f"{url}/revisions", headers=stranger.headers), 403, "forbidden")
    for actor in (author, moderator, admin):
        response = await client.get(f"{url}/revisions", headers=actor.headers)
        assert response.status_code == 200, response.text
        assert [r["body"] for r in response.json()] == ["before"]
    problem(await client.get("/posts/999999/revisions", headers=moderator.headers), 404)
