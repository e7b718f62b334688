"""Suspensions: PUT/DELETE /users/{username}/suspension, what a suspended member can still
do (read) and cannot (write), expiry without a job, ranks, and the audit trail."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta, timezone
from typing import Any

from httpx import AsyncClient, Response

from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import (
    audit_log,
    load_user,
    make_pat,
    set_user,
    suspend,
    utc_in,
    when,
)

USER_FIELDS = {"id", "username", "display_name", "role", "created_at", "post_count", "bio"}


async def test_moderator_suspends_a_member(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    until = utc_in(days=3)
    response = await suspend(client, moderator, member, until, "Repeated personal attacks.")
    assert response.status_code == 200, response.text
    user = response.json()
    # The public User shape (no email) as before, and the suspension just put on them.
    assert set(user) == USER_FIELDS | {"suspension"}
    assert user["id"] == member.id and user["username"] == member.username
    assert user["role"] == "member"
    assert set(user["suspension"]) == {"until", "reason"}
    assert when(user["suspension"]["until"]) == until
    assert user["suspension"]["reason"] == "Repeated personal attacks."

    me = (await client.get("/me", headers=member.headers)).json()
    assert when(me["suspended_until"]) == until
    stored = await load_user(forum.app, member.id)
    assert stored.suspended_until == until
    assert stored.suspension_reason == "Repeated personal attacks."

    entries = await audit_log(client, moderator, action="user.suspend")
    assert len(entries) == 1
    entry = entries[0]
    assert entry["actor"]["id"] == moderator.id
    assert (entry["target_type"], entry["target_id"]) == ("user", member.id)
    assert "Repeated personal attacks." in entry["note"]


async def test_a_suspension_can_be_extended_and_shortened(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    for until in (utc_in(days=1), utc_in(days=7), utc_in(hours=2)):
        response = await suspend(client, moderator, member, until)
        assert response.status_code == 200, response.text
        assert when(response.json()["suspension"]["until"]) == until
        # (Not `GET /me`: a signed-in reader's own row may be up to MemberCache.TTL_SECONDS old.)
        current = await client.get(
            f"/users/{member.username}/suspension", headers=moderator.headers
        )
        assert when(current.json()["until"]) == until
        assert (await load_user(forum.app, member.id)).suspended_until == until


async def test_until_with_another_offset_is_the_same_instant(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    until = utc_in(days=2)
    local = until.astimezone(timezone(timedelta(hours=5, minutes=30)))
    response = await client.put(
        f"/users/{member.username}/suspension",
        json={"until": local.isoformat(), "reason": "Spam"},
        headers=moderator.headers,
    )
    assert response.status_code == 200, response.text
    me = (await client.get("/me", headers=member.headers)).json()
    assert when(me["suspended_until"]) == until


async def _writes(
    client: AsyncClient, forum: Forum, actor: Member, headers: dict[str, str]
) -> dict[str, Any]:
    """Every kind of write a member can make, aimed at real targets."""
    category = await forum.category()
    other = await forum.member()
    own_thread = await forum.thread(actor, category)
    others_thread = await forum.thread(other, category)
    own_post = own_thread["first_post"]["id"]
    others_post = others_thread["first_post"]["id"]
    thread_body = {"category": category["slug"], "title": "Let me post", "body": "Please"}
    writes: dict[str, Callable[[], Awaitable[Response]]] = {
        "new thread": lambda: client.post("/threads", json=thread_body, headers=headers),
        "reply": lambda: client.post(
            f"/threads/{others_thread['id']}/posts", json={"body": "Me too"}, headers=headers
        ),
        "edit post": lambda: client.patch(
            f"/posts/{own_post}", json={"body": "Edited"}, headers=headers
        ),
        "rename thread": lambda: client.patch(
            f"/threads/{own_thread['id']}", json={"title": "New title"}, headers=headers
        ),
        "react": lambda: client.put(f"/posts/{others_post}/reactions/heart", headers=headers),
        "unreact": lambda: client.delete(f"/posts/{others_post}/reactions/heart", headers=headers),
        "flag": lambda: client.post(
            f"/posts/{others_post}/flags", json={"reason": "spam"}, headers=headers
        ),
        "patch me": lambda: client.patch("/me", json={"bio": "I am back"}, headers=headers),
        "create token": lambda: client.post(
            "/me/tokens", json={"name": "bot", "scopes": ["read"]}, headers=headers
        ),
        "delete post": lambda: client.delete(f"/posts/{own_post}", headers=headers),
    }
    return {"writes": writes, "own_thread": own_thread, "own_post": own_post}


async def test_every_write_of_a_suspended_member_is_403_with_until(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    context = await _writes(client, forum, member, member.headers)
    until = utc_in(days=3)
    assert (await suspend(client, moderator, member, until)).status_code == 200

    for name, write in context["writes"].items():
        body = problem(await write(), 403, "suspended")
        assert until.isoformat() in body["detail"], (name, body)

    # Nothing was changed by any of them.
    own_post = (await client.get(f"/posts/{context['own_post']}")).json()
    assert own_post["is_deleted"] is False
    assert own_post["body"] == "Is this normal at four months?"
    thread = (await client.get(f"/threads/{context['own_thread']['id']}")).json()
    assert thread["title"] == context["own_thread"]["title"]
    assert (await client.get("/me", headers=member.headers)).json()["bio"] == ""


async def test_a_suspended_members_personal_access_token_cannot_write(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    pat = await make_pat(client, member, "read", "write")
    thread = await forum.thread(await forum.member())
    assert (await suspend(client, moderator, member)).status_code == 200
    response = await client.post(
        f"/threads/{thread['id']}/posts", json={"body": "From my bot"}, headers=pat.headers
    )
    problem(response, 403, "suspended")
    assert (await client.get("/me", headers=pat.headers)).status_code == 200


async def test_a_suspended_member_can_still_read(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    thread = await forum.thread(member)
    warned = await client.post(
        f"/users/{member.username}/warnings", json={"reason": "Be kind"}, headers=moderator.headers
    )
    assert warned.status_code == 201, warned.text
    assert (await suspend(client, moderator, member)).status_code == 200

    for path in (
        "/me",
        "/me/warnings",
        "/me/tokens",
        "/categories",
        "/threads",
        f"/threads/{thread['id']}",
        f"/threads/{thread['id']}/posts",
        f"/posts/{thread['first_post']['id']}",
        f"/users/{member.username}",
    ):
        response = await client.get(path, headers=member.headers)
        assert response.status_code == 200, (path, response.text)
    # Signing in again works too: it is how a suspended member reads.
    response = await client.post(
        "/auth/token", data={"username": member.username, "password": member.password}
    )
    assert response.status_code == 200, response.text


async def test_lifting_a_suspension(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    assert (await suspend(client, moderator, member)).status_code == 200
    problem(
        await client.post(
            f"/threads/{thread['id']}/posts", json={"body": "Hi"}, headers=member.headers
        ),
        403,
        "suspended",
    )

    response = await client.delete(
        f"/users/{member.username}/suspension", headers=moderator.headers
    )
    assert response.status_code == 204, response.text
    assert response.content == b""
    assert (await client.get("/me", headers=member.headers)).json()["suspended_until"] is None
    response = await client.post(
        f"/threads/{thread['id']}/posts", json={"body": "Sorry, everyone"}, headers=member.headers
    )
    assert response.status_code == 201, response.text

    # Lifting again is harmless and logs nothing more.
    response = await client.delete(
        f"/users/{member.username}/suspension", headers=moderator.headers
    )
    assert response.status_code == 204, response.text
    entries = await audit_log(client, moderator, action="user.unsuspend")
    assert [(e["actor"]["id"], e["target_id"]) for e in entries] == [(moderator.id, member.id)]


async def test_a_suspension_ends_by_itself_and_is_logged_on_the_next_write(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    thread = await forum.thread(await forum.member())
    assert (await suspend(client, moderator, member)).status_code == 200
    # Time passes: the suspension ended a minute ago.
    await set_user(forum.app, member.id, suspended_until=utc_in(minutes=-1))

    # Reading shows it over, and writes no audit entry.
    assert (await client.get("/me", headers=member.headers)).json()["suspended_until"] is None
    assert await audit_log(client, moderator, action="user.suspension_expired") == []

    response = await client.post(
        f"/threads/{thread['id']}/posts", json={"body": "I am back"}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    entries = await audit_log(client, moderator, action="user.suspension_expired")
    assert len(entries) == 1
    assert entries[0]["actor"] is None  # automatic
    assert (entries[0]["target_type"], entries[0]["target_id"]) == ("user", member.id)
    stored = await load_user(forum.app, member.id)
    assert stored.suspended_until is None and stored.suspension_reason is None

    # Logged once, not on every write.
    response = await client.patch("/me", json={"bio": "Back"}, headers=member.headers)
    assert response.status_code == 200, response.text
    assert len(await audit_log(client, moderator, action="user.suspension_expired")) == 1


async def test_until_must_be_in_the_future_and_carry_an_offset(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    path = f"/users/{member.username}/suspension"
    invalid: list[dict[str, Any]] = [
        {"until": utc_in(minutes=-1).isoformat(), "reason": "Too late"},
        {"until": utc_in(days=-30).isoformat(), "reason": "Too late"},
        {"until": utc_in(days=1).replace(tzinfo=None).isoformat(), "reason": "No offset"},
        {"until": "next tuesday", "reason": "Not a time"},
        {"until": utc_in(days=1).isoformat()},
        {"until": utc_in(days=1).isoformat(), "reason": ""},
        {"until": utc_in(days=1).isoformat(), "reason": "x" * 501},
        {"reason": "No end"},
    ]
    for body in invalid:
        response = await client.put(path, json=body, headers=moderator.headers)
        problem(response, 422, "validation-error")
    me = (await client.get("/me", headers=member.headers)).json()
    assert me["suspended_until"] is None
    assert await audit_log(client, moderator, action="user.suspend") == []


async def test_unknown_member_is_404(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    response = await client.put(
        "/users/nobody_here/suspension",
        json={"until": utc_in(days=1).isoformat(), "reason": "Spam"},
        headers=moderator.headers,
    )
    problem(response, 404, "not-found")
    problem(await client.delete("/users/nobody_here/suspension", headers=moderator.headers), 404)


async def test_ranks_moderators_suspend_members_admins_suspend_moderators(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    other_moderator = await forum.moderator()
    admin = await forum.admin()
    other_admin = await forum.admin()

    # Moderators cannot suspend moderators or admins.
    for target in (other_moderator, admin):
        problem(await suspend(client, moderator, target), 403, "out-of-rank")
    # Nobody suspends themselves.
    problem(await suspend(client, moderator, moderator), 403, "out-of-rank")
    problem(await suspend(client, admin, admin), 403, "out-of-rank")
    # An admin cannot be suspended by another admin either.
    problem(await suspend(client, other_admin, admin), 403, "out-of-rank")
    for target in (other_moderator, admin, other_admin, moderator):
        me = (await client.get("/me", headers=target.headers)).json()
        assert me["suspended_until"] is None, target.username

    # Admins can suspend moderators, who then cannot moderate.
    response = await suspend(client, admin, other_moderator)
    assert response.status_code == 200, response.text
    member = await forum.member()
    problem(await suspend(client, other_moderator, member), 403, "suspended")
    # Only an admin can lift a moderator's suspension.
    problem(
        await client.delete(
            f"/users/{other_moderator.username}/suspension", headers=moderator.headers
        ),
        403,
        "out-of-rank",
    )
    response = await client.delete(
        f"/users/{other_moderator.username}/suspension", headers=admin.headers
    )
    assert response.status_code == 204, response.text
    assert (await suspend(client, other_moderator, member)).status_code == 200
