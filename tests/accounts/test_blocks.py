"""Blocking: `PUT/DELETE /users/{username}/block`, `GET /me/blocks`, `is_blocked_author` on
every post a signed-in member reads, and the privacy of it all (the blocked member is never
told, anonymous posts are never collapsed)."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select

from app.accounts.blocks import blocked_among, blockers_of
from app.events.models import OutboxEvent
from tests.helpers import PASSWORD, Forum, Member, problem
from tests.moderation.fixtures import make_pat, suspend


async def block(client: AsyncClient, who: Member, whom: str) -> None:
    response = await client.put(f"/users/{whom}/block", headers=who.headers)
    assert response.status_code == 204, response.text
    assert response.content == b""


async def blocks_of(client: AsyncClient, who: Member, **params: Any) -> dict[str, Any]:
    response = await client.get("/me/blocks", params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def outbox_size(app: Any) -> int:
    async with app.state.database.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(OutboxEvent)) or 0)


async def test_block_is_idempotent_listed_and_undone(client: AsyncClient, forum: Forum) -> None:
    priya, sam, jo = await forum.member(), await forum.member(), await forum.member()
    await block(client, priya, sam.username)
    await block(client, priya, sam.username.upper())  # any case, and again: no change
    await block(client, priya, jo.username)

    listed = await blocks_of(client, priya)
    assert [item["user"]["username"] for item in listed["items"]] == [sam.username, jo.username]
    assert set(listed["items"][0]) == {"user", "created_at"}
    assert set(listed["items"][0]["user"]) == {"id", "username", "display_name", "role"}
    assert listed["next_cursor"] is None
    # Keyset pages.
    first = await blocks_of(client, priya, limit=1)
    assert [item["user"]["id"] for item in first["items"]] == [sam.id]
    second = await blocks_of(client, priya, limit=1, cursor=first["next_cursor"])
    assert [item["user"]["id"] for item in second["items"]] == [jo.id]
    assert second["next_cursor"] is None
    problem(await client.get("/me/blocks", params={"cursor": "nope"}, headers=priya.headers), 400)

    # Nobody else's list shows them.
    assert (await blocks_of(client, sam))["items"] == []

    for _ in range(2):  # unblocking twice is fine
        response = await client.delete(f"/users/{sam.username}/block", headers=priya.headers)
        assert response.status_code == 204, response.text
    assert [item["user"]["id"] for item in (await blocks_of(client, priya))["items"]] == [jo.id]


async def test_who_may_block_whom(client: AsyncClient, forum: Forum, app: Any) -> None:
    priya, sam = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()

    # Visitors cannot.
    problem(await client.put(f"/users/{sam.username}/block"), 401)
    problem(await client.delete(f"/users/{sam.username}/block"), 401)
    problem(await client.get("/me/blocks"), 401)
    # Yourself: 422. Unknown: 404.
    body = problem(
        await client.put(f"/users/{priya.username}/block", headers=priya.headers),
        422,
        "cannot-block-yourself",
    )
    assert body["errors"][0]["loc"] == ["path", "username"]
    problem(await client.put("/users/nobody_here/block", headers=priya.headers), 404)
    problem(await client.delete("/users/nobody_here/block", headers=priya.headers), 404)
    # Moderators and administrators stay heard by everyone.
    for staff in (moderator, admin):
        problem(
            await client.put(f"/users/{staff.username}/block", headers=priya.headers),
            422,
            "cannot-block-staff",
        )
    # Moderators may block members.
    await block(client, moderator, sam.username)
    # A read-only token may list but not block; a write token may.
    reader = await make_pat(client, priya, "read")
    problem(await client.put(f"/users/{sam.username}/block", headers=reader.headers), 403)
    assert (await client.get("/me/blocks", headers=reader.headers)).status_code == 200
    writer = await make_pat(client, priya, "read", "write")
    assert (
        await client.put(f"/users/{sam.username}/block", headers=writer.headers)
    ).status_code == 204
    # A suspended member may still block (it is not posting).
    assert (await suspend(client, moderator, priya)).status_code == 200
    await block(client, priya, (await forum.member()).username)
    assert len((await blocks_of(client, priya))["items"]) == 2


async def test_blocked_posts_are_marked_for_the_blocker_only(
    client: AsyncClient, forum: Forum, app: Any
) -> None:
    priya, sam, jo = await forum.member(), await forum.member(), await forum.member()
    thread = await forum.thread(sam, body="First words")
    reply = await forum.reply(jo, thread["id"])
    sams_reply = await forum.reply(sam, thread["id"], body="Sam again")
    before = await outbox_size(app)
    await block(client, priya, sam.username)
    # Private: nothing is emitted (no event, no webhook, no live event, no notification).
    assert await outbox_size(app) == before

    async def marks(who: Member | None) -> dict[int, bool]:
        headers = who.headers if who else {}
        page = await client.get(f"/threads/{thread['id']}/posts", headers=headers)
        assert page.status_code == 200, page.text
        return {post["id"]: post["is_blocked_author"] for post in page.json()["items"]}

    first_id = thread["first_post"]["id"]
    assert await marks(priya) == {first_id: True, reply["id"]: False, sams_reply["id"]: True}
    for other in (None, sam, jo):
        assert not any((await marks(other)).values())
    single = await client.get(f"/posts/{sams_reply['id']}", headers=priya.headers)
    assert single.json()["is_blocked_author"] is True
    # The body is still there: the web app collapses it, the blocker may open it.
    assert single.json()["body"] == "Sam again"
    assert (await client.get(f"/posts/{sams_reply['id']}", headers=sam.headers)).json()[
        "is_blocked_author"
    ] is False

    # Sam's own views show nothing of it: his profile, his posts, his /me.
    me = await client.get("/me", headers=sam.headers)
    assert "block" not in me.text

    # Unblocked, the posts are plain again.
    await client.delete(f"/users/{sam.username}/block", headers=priya.headers)
    assert not any((await marks(priya)).values())


async def test_anonymous_posts_of_a_blocked_member_are_never_collapsed(
    client: AsyncClient, forum: Forum
) -> None:
    """Collapsing them would tell the blocker who wrote them (the anonymity walk)."""
    priya, sam = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(sam, anonymous=True, body="Anonymous first words")
    named = await forum.reply(sam, thread["id"], anonymous=False, body="Named reply")
    await block(client, priya, sam.username)
    await block(client, moderator, sam.username)
    for who in (priya, moderator):
        page = (await client.get(f"/threads/{thread['id']}/posts", headers=who.headers)).json()
        marks = {post["id"]: post["is_blocked_author"] for post in page["items"]}
        assert marks == {thread["first_post"]["id"]: False, named["id"]: True}
        single = await client.get(f"/posts/{thread['first_post']['id']}", headers=who.headers)
        assert single.json()["is_blocked_author"] is False


async def test_a_block_of_someone_made_moderator_is_inert(
    client: AsyncClient, forum: Forum
) -> None:
    priya, sam = await forum.member(), await forum.member()
    thread = await forum.thread(sam)
    await block(client, priya, sam.username)
    admin = await forum.admin()
    promoted = await client.put(
        f"/users/{sam.username}/role", json={"role": "moderator"}, headers=admin.headers
    )
    assert promoted.status_code == 200
    post = await client.get(f"/posts/{thread['first_post']['id']}", headers=priya.headers)
    assert post.json()["is_blocked_author"] is False
    # Still listed, and may be removed.
    assert [i["user"]["id"] for i in (await blocks_of(client, priya))["items"]] == [sam.id]
    response = await client.delete(f"/users/{sam.username}/block", headers=priya.headers)
    assert response.status_code == 204
    assert (await blocks_of(client, priya))["items"] == []


async def test_lookups_for_other_domains(client: AsyncClient, forum: Forum, app: Any) -> None:
    priya, sam, jo, kim = [await forum.member() for _ in range(4)]
    await block(client, priya, sam.username)
    await block(client, jo, sam.username)
    await block(client, priya, kim.username)
    async with app.state.database.sessionmaker() as session:
        assert await blocked_among(session, priya.id, [sam.id, jo.id, priya.id]) == {sam.id}
        assert await blocked_among(session, priya.id, []) == set()
        connection = await session.connection()
        assert await blocked_among(connection, priya.id, [sam.id, kim.id]) == {sam.id, kim.id}
        assert await blockers_of(session, sam.id) == {priya.id, jo.id}
        assert await blockers_of(connection, sam.id, [jo.id, kim.id]) == {jo.id}
        assert await blockers_of(session, priya.id) == set()


async def test_leaving_takes_blocks_both_ways(client: AsyncClient, forum: Forum) -> None:
    priya, sam, jo = await forum.member(), await forum.member(), await forum.member()
    await block(client, priya, sam.username)
    await block(client, sam, jo.username)
    left = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=sam.headers
    )
    assert left.status_code == 204, left.text
    assert (await blocks_of(client, priya))["items"] == []
    # Jo is blockable by others still; Sam is gone (404).
    problem(await client.put(f"/users/{sam.username}/block", headers=priya.headers), 404)


async def test_blocks_and_preferences_are_in_the_export(client: AsyncClient, forum: Forum) -> None:
    priya, sam = await forum.member(), await forum.member()
    await block(client, priya, sam.username)
    response = await client.patch(
        "/me/preferences", json={"email_digest": "daily"}, headers=priya.headers
    )
    assert response.status_code == 200
    document = (await client.get("/me/export", headers=priya.headers)).json()
    assert [entry["username"] for entry in document["blocks"]] == [sam.username]
    assert set(document["blocks"][0]) == {"username", "blocked_at"}
    assert document["preferences"] == {
        "email_replies": True,
        "email_mentions": True,
        "email_meetups": True,
        "email_digest": "daily",
        "default_subscription": "watching",
    }
    # Sam's export does not say who blocked him.
    sams = (await client.get("/me/export", headers=sam.headers)).json()
    assert sams["blocks"] == []
    assert priya.username not in (await client.get("/me/export", headers=sam.headers)).text
