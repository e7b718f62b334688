"""Personal access tokens: created and shown once, stored as a SHA-256 digest, listed
without the secret, revoked at once; a token never does more than its scopes or its owner's
role allow, and never manages tokens."""

from __future__ import annotations

import hashlib
from typing import Any

from httpx import AsyncClient, Response

from tests.accounts.refusals import invalid_token
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import Pat, bearer, load_pats, make_pat, utc_in, when

CREATED_FIELDS = {"id", "name", "scopes", "token", "created_at"}
LISTED_FIELDS = {"id", "name", "scopes", "created_at", "last_used_at"}


async def list_tokens(client: AsyncClient, owner: Member) -> list[dict[str, Any]]:
    response = await client.get("/me/tokens", headers=owner.headers)
    assert response.status_code == 200, response.text
    tokens: list[dict[str, Any]] = response.json()
    return tokens


# --- creating, listing, storing -------------------------------------------------------------


async def test_create_shows_the_token_once(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    before = utc_in(seconds=-1)
    response = await client.post(
        "/me/tokens", json={"name": "Backup script", "scopes": ["read"]}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    assert response.headers["location"].endswith("/me/tokens")
    created = response.json()
    assert set(created) == CREATED_FIELDS
    assert created["name"] == "Backup script"
    assert created["scopes"] == ["read"]
    assert created["token"].startswith("vpat_") and len(created["token"]) > 30
    assert when(created["created_at"]) >= before

    listed = await list_tokens(client, member)
    assert len(listed) == 1
    assert set(listed[0]) == LISTED_FIELDS
    assert (listed[0]["id"], listed[0]["name"], listed[0]["scopes"]) == (
        created["id"],
        "Backup script",
        ["read"],
    )
    assert listed[0]["last_used_at"] is None
    assert created["token"] not in (await client.get("/me/tokens", headers=member.headers)).text

    # The token works, as its owner.
    me = await client.get("/me", headers=bearer(created["token"]))
    assert me.status_code == 200, me.text
    assert me.json()["id"] == member.id


async def test_token_is_stored_only_as_its_sha256_digest(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    pat = await make_pat(client, member, "read", "write")
    (row,) = await load_pats(forum.app, member.id)
    assert row.id == pat.id
    assert row.token_hash == hashlib.sha256(pat.token.encode()).hexdigest()
    secret_part = pat.token.split("_", 1)[1]
    for column in ("name", "token_hash", "scopes"):
        assert secret_part not in str(getattr(row, column))


async def test_scopes_are_a_set_and_every_token_is_distinct(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    first = await make_pat(client, moderator, "moderate", "read", "write", name="all")
    assert set(first.scopes) == {"read", "write", "moderate"}
    second = await make_pat(client, moderator, "write", "write", name="dupe")
    assert second.scopes == ["write"]
    assert first.token != second.token
    listed = await list_tokens(client, moderator)
    assert [(t["id"], t["name"]) for t in listed] == [(first.id, "all"), (second.id, "dupe")]
    assert set(listed[0]["scopes"]) == {"read", "write", "moderate"}


async def test_create_validation(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    invalid: list[Any] = [
        {"name": "x", "scopes": []},
        {"name": "x", "scopes": ["owner"]},
        {"name": "x", "scopes": "read"},
        {"name": "x"},
        {"scopes": ["read"]},
        {"name": "", "scopes": ["read"]},
        {"name": "   ", "scopes": ["read"]},
        {"name": "x" * 101, "scopes": ["read"]},
        ["read"],
    ]
    for body in invalid:
        response = await client.post("/me/tokens", json=body, headers=member.headers)
        problem(response, 422, "validation-error")
    assert await list_tokens(client, member) == []
    response = await client.post("/me/tokens", json={"name": "x", "scopes": ["read"]})
    problem(response, 401, "not-authenticated")
    problem(await client.get("/me/tokens"), 401, "not-authenticated")


async def test_a_member_cannot_create_a_moderate_token(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    for scopes in (["moderate"], ["read", "write", "moderate"]):
        response = await client.post(
            "/me/tokens", json={"name": "mod bot", "scopes": scopes}, headers=member.headers
        )
        problem(response, 422, "scope-beyond-role")
    assert await list_tokens(client, member) == []
    for privileged in (await forum.moderator(), await forum.admin()):
        assert (await make_pat(client, privileged, "moderate")).scopes == ["moderate"]


async def test_only_an_admin_can_create_an_admin_token(client: AsyncClient, forum: Forum) -> None:
    for unprivileged in (await forum.member(), await forum.moderator()):
        for scopes in (["admin"], ["read", "write", "moderate", "admin"]):
            response = await client.post(
                "/me/tokens", json={"name": "admin bot", "scopes": scopes},
                headers=unprivileged.headers,
            )  # fmt: skip
            problem(response, 422, "scope-beyond-role")
        assert await list_tokens(client, unprivileged) == []
    response = await client.post(
        "/me/tokens", json={"name": "x", "scopes": ["admin"]}, headers=unprivileged.headers
    )
    assert problem(response, 422)["detail"] == (
        "Only administrators can create tokens with the admin scope."
    )
    admin = await forum.admin()
    assert (await make_pat(client, admin, "read", "write", "admin")).scopes == [
        "read",
        "write",
        "admin",
    ]


async def test_admin_routes_need_the_admin_scope(client: AsyncClient, forum: Forum) -> None:
    """An admin's token with read and write but not `admin` cannot make anyone an admin or
    manage categories (it is refused as a moderator's token without `moderate` is); with
    `admin`, alone or beside others, it can. A password sign-in carries every scope its role
    allows."""
    admin = await forum.admin()
    member = await forum.member()
    category = await forum.category()
    role_url = f"/users/{member.username}/role"
    no_admin = await make_pat(client, admin, "read", "write", "moderate")
    attempts = [
        ("PUT", role_url, {"role": "admin"}),
        ("POST", "/categories", {"slug": "bots", "name": "Bots"}),
        ("PATCH", f"/categories/{category['slug']}", {"name": "Renamed"}),
    ]
    for method, url, body in attempts:
        response = await client.request(method, url, json=body, headers=no_admin.headers)
        problem(response, 403, "insufficient-scope")
    assert (await client.get(f"/users/{member.username}")).json()["role"] == "member"
    assert (await client.get("/categories/bots")).status_code == 404
    # `admin` alone suffices for an administration route, as `moderate` does for moderation.
    only_admin = await make_pat(client, admin, "admin")
    response = await client.put(role_url, json={"role": "moderator"}, headers=only_admin.headers)
    assert (response.status_code, response.json()["role"]) == (200, "moderator")
    # With the scope, the token acts with its owner's admin powers.
    full = await make_pat(client, admin, "read", "write", "admin")
    for method, url, body in attempts:
        response = await client.request(method, url, json=body, headers=full.headers)
        assert response.status_code in (200, 201), response.text
    assert (await client.get(f"/users/{member.username}")).json()["role"] == "admin"
    # The same routes with the admin's password sign-in need no token scopes at all.
    response = await client.put(role_url, json={"role": "member"}, headers=admin.headers)
    assert response.status_code == 200, response.text


async def test_last_used_at_is_recorded(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    pat = await make_pat(client, member, "read")
    unused = await make_pat(client, member, "read", name="unused")
    before = utc_in(seconds=-1)
    assert (await client.get("/threads", headers=pat.headers)).status_code == 200
    listed = {t["id"]: t for t in await list_tokens(client, member)}
    assert listed[pat.id]["last_used_at"] is not None
    assert when(listed[pat.id]["last_used_at"]) >= before
    assert listed[unused.id]["last_used_at"] is None


# --- revoking -------------------------------------------------------------------------------


async def test_revoked_token_fails_at_once(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    pat = await make_pat(client, member, "read", "write")
    keep = await make_pat(client, member, "read", name="keep")
    assert (await client.get("/me", headers=pat.headers)).status_code == 200

    response = await client.delete(f"/me/tokens/{pat.id}", headers=member.headers)
    assert response.status_code == 204, response.text
    assert response.content == b""

    for method, path in (("GET", "/me"), ("GET", "/threads"), ("PATCH", "/me")):
        response = await client.request(method, path, json={"bio": "x"}, headers=pat.headers)
        invalid_token(response)
    assert [t["id"] for t in await list_tokens(client, member)] == [keep.id]
    assert (await client.get("/me", headers=keep.headers)).status_code == 200
    # Revoking twice, or a token that never was: 404.
    problem(await client.delete(f"/me/tokens/{pat.id}", headers=member.headers), 404)
    problem(await client.delete("/me/tokens/999999", headers=member.headers), 404)


async def test_another_members_token_is_404_and_keeps_working(
    client: AsyncClient, forum: Forum
) -> None:
    owner = await forum.member()
    other = await forum.member()
    pat = await make_pat(client, owner, "read")
    problem(await client.delete(f"/me/tokens/{pat.id}", headers=other.headers), 404, "not-found")
    assert await list_tokens(client, other) == []
    assert (await client.get("/me", headers=pat.headers)).json()["id"] == owner.id
    assert [t["id"] for t in await list_tokens(client, owner)] == [pat.id]


async def test_unknown_or_malformed_tokens_are_401(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    pat = await make_pat(client, member, "read")
    for token in ("vpat_not-a-real-token", pat.token + "x", pat.token[:-1], "vpat_"):
        invalid_token(await client.get("/me", headers=bearer(token)))


# --- scopes -----------------------------------------------------------------------------


async def _scene(forum: Forum) -> tuple[Member, dict[str, Any], dict[str, Any]]:
    member = await forum.member()
    category = await forum.category()
    thread = await forum.thread(await forum.member(), category)
    return member, category, thread


async def _writes(
    client: AsyncClient, pat: Pat, category: dict[str, Any], thread: dict[str, Any]
) -> dict[str, Response]:
    """A new thread, a reply, a reaction and a profile change, made with `pat`."""
    post_id = thread["first_post"]["id"]
    return {
        "POST /threads": await client.post(
            "/threads",
            json={"category": category["slug"], "title": "From a bot", "body": "Hello"},
            headers=pat.headers,
        ),
        "reply": await client.post(
            f"/threads/{thread['id']}/posts", json={"body": "Bot reply"}, headers=pat.headers
        ),
        "reaction": await client.put(f"/posts/{post_id}/reactions/heart", headers=pat.headers),
        "PATCH /me": await client.patch("/me", json={"bio": "bot"}, headers=pat.headers),
    }


async def test_read_only_token_reads_but_cannot_write(client: AsyncClient, forum: Forum) -> None:
    member, category, thread = await _scene(forum)
    pat = await make_pat(client, member, "read")
    for name, response in (await _writes(client, pat, category, thread)).items():
        body = problem(response, 403, "insufficient-scope")
        assert "write" in body["detail"], name
    # Nothing was written.
    posts = (await client.get(f"/threads/{thread['id']}/posts")).json()["items"]
    assert len(posts) == 1 and posts[0]["reactions"] == {}
    assert (await client.get("/me", headers=member.headers)).json()["bio"] == ""
    threads = (await client.get("/threads", params={"category": category["slug"]})).json()
    assert len(threads["items"]) == 1

    for path in (
        "/me",
        "/me/warnings",
        "/categories",
        "/threads",
        f"/threads/{thread['id']}",
        f"/threads/{thread['id']}/posts",
        f"/posts/{thread['first_post']['id']}",
        f"/users/{member.username}",
    ):
        response = await client.get(path, headers=pat.headers)
        assert response.status_code == 200, (path, response.text)


async def test_token_without_read_cannot_read(client: AsyncClient, forum: Forum) -> None:
    member, category, thread = await _scene(forum)
    pat = await make_pat(client, member, "write")
    for path in (
        "/me",
        "/threads",
        f"/threads/{thread['id']}",
        f"/posts/{thread['first_post']['id']}",
    ):
        body = problem(await client.get(path, headers=pat.headers), 403, "insufficient-scope")
        assert "read" in body["detail"]
    # …but it can write.
    for name, response in (await _writes(client, pat, category, thread)).items():
        assert response.status_code in (200, 201, 204), (name, response.text)


async def test_write_token_can_post(client: AsyncClient, forum: Forum) -> None:
    member, category, thread = await _scene(forum)
    pat = await make_pat(client, member, "read", "write")
    results = await _writes(client, pat, category, thread)
    assert results["POST /threads"].status_code == 201, results["POST /threads"].text
    assert results["POST /threads"].json()["author"]["id"] == member.id
    assert results["reply"].status_code == 201, results["reply"].text
    assert results["reply"].json()["author"]["id"] == member.id
    assert results["reaction"].status_code == 200
    assert results["PATCH /me"].json()["bio"] == "bot"
    post = (await client.get(f"/posts/{thread['first_post']['id']}", headers=pat.headers)).json()
    assert post["reactions"] == {"heart": 1} and post["my_reactions"] == ["heart"]


async def test_a_token_cannot_manage_tokens(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    pat = await make_pat(client, member, "read", "write")
    other = await make_pat(client, member, "read", name="other")
    refusal = "password-sign-in-required"
    problem(
        await client.post(
            "/me/tokens", json={"name": "child", "scopes": ["read"]}, headers=pat.headers
        ),
        403,
        refusal,
    )
    problem(await client.get("/me/tokens", headers=pat.headers), 403, refusal)
    problem(await client.delete(f"/me/tokens/{other.id}", headers=pat.headers), 403, refusal)
    problem(await client.delete(f"/me/tokens/{pat.id}", headers=pat.headers), 403, refusal)
    assert [t["id"] for t in await list_tokens(client, member)] == [pat.id, other.id]


async def test_a_token_with_every_scope_cannot_manage_tokens_either(
    client: AsyncClient, forum: Forum
) -> None:
    """Only a password sign-in manages tokens: a token with all of read, write and moderate
    is still a token, and must not mint (or list, or revoke) others."""
    for owner in (await forum.moderator(), await forum.admin()):
        pat = await make_pat(client, owner, "read", "write", "moderate")
        response = await client.post(
            "/me/tokens", json={"name": "child", "scopes": ["read"]}, headers=pat.headers
        )
        refusal = "password-sign-in-required"
        problem(response, 403, refusal)
        problem(await client.get("/me/tokens", headers=pat.headers), 403, refusal)
        problem(await client.delete(f"/me/tokens/{pat.id}", headers=pat.headers), 403, refusal)
        assert [t["id"] for t in await list_tokens(client, owner)] == [pat.id]


async def test_moderators_token_without_moderate_acts_as_a_member(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    author = await forum.member()
    category = await forum.category()
    thread = await forum.thread(author, category)
    secret = await forum.thread(author, category, title="Anonymous worry", anonymous=True)
    pat = await make_pat(client, moderator, "read", "write")

    problem(await client.get("/moderation/queue", headers=pat.headers), 403, "insufficient-scope")
    problem(await client.get("/moderation/log", headers=pat.headers), 403, "insufficient-scope")
    for change in ({"is_locked": True}, {"is_pinned": True}, {"title": "Renamed by a bot"}):
        response = await client.patch(f"/threads/{thread['id']}", json=change, headers=pat.headers)
        problem(response, 403)
    response = await client.post(
        f"/posts/{thread['first_post']['id']}/hide", json={"reason": "x"}, headers=pat.headers
    )
    problem(response, 403, "insufficient-scope")
    problem(await client.delete(f"/threads/{thread['id']}", headers=pat.headers), 403)
    current = (await client.get(f"/threads/{thread['id']}")).json()
    assert (current["is_locked"], current["is_pinned"], current["title"]) == (
        False,
        False,
        thread["title"],
    )

    # Anonymous authors stay hidden from the token, though not from the moderator.
    for path in (f"/threads/{secret['id']}", f"/posts/{secret['first_post']['id']}"):
        assert (await client.get(path, headers=pat.headers)).json()["author"] is None
        assert (await client.get(path, headers=moderator.headers)).json()["author"][
            "id"
        ] == author.id
    posts = (await client.get(f"/threads/{secret['id']}/posts", headers=pat.headers)).json()
    assert posts["items"][0]["author"] is None
    listed = (await client.get("/threads", headers=pat.headers)).json()["items"]
    assert [t["author"] for t in listed if t["id"] == secret["id"]] == [None]

    # A locked thread is locked for the token too.
    response = await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": True}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    response = await client.post(
        f"/threads/{thread['id']}/posts", json={"body": "From the bot"}, headers=pat.headers
    )
    problem(response, 403, "thread-locked")


async def test_moderators_token_with_moderate_can_moderate(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    author = await forum.member()
    category = await forum.category()
    thread = await forum.thread(author, category)
    secret = await forum.thread(author, category, title="Anonymous worry", anonymous=True)
    pat = await make_pat(client, moderator, "read", "write", "moderate")

    assert (await client.get("/moderation/queue", headers=pat.headers)).status_code == 200
    response = await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": True}, headers=pat.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["is_locked"] is True
    response = await client.get(f"/threads/{secret['id']}", headers=pat.headers)
    assert response.json()["author"]["id"] == author.id


async def test_a_token_never_exceeds_its_owners_role(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    admin = await forum.admin()
    thread = await forum.thread(await forum.member())
    pat = await make_pat(client, member, "read", "write")
    problem(await client.get("/moderation/queue", headers=pat.headers), 403, "forbidden")
    response = await client.patch(
        f"/threads/{thread['id']}", json={"is_locked": True}, headers=pat.headers
    )
    problem(response, 403)
    response = await client.post(
        "/categories", json={"slug": "bots", "name": "Bots"}, headers=pat.headers
    )
    problem(response, 403, "forbidden")
    # An admin's token without write cannot do admin writes.
    admin_pat = await make_pat(client, admin, "read", "moderate")
    response = await client.post(
        "/categories", json={"slug": "bots", "name": "Bots"}, headers=admin_pat.headers
    )
    problem(response, 403, "insufficient-scope")
    response = await client.put(
        f"/users/{member.username}/role", json={"role": "moderator"}, headers=admin_pat.headers
    )
    problem(response, 403, "insufficient-scope")
    assert (await client.get(f"/users/{member.username}")).json()["role"] == "member"
