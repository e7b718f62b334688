"""GET/PATCH /me, public profiles, suspension of writes, and the role permission matrix."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from httpx import AsyncClient, Response

from app.db import utcnow
from tests.accounts.conftest import SetSuspension
from tests.helpers import Forum, problem

USER_FIELDS = {"id", "username", "display_name", "role", "created_at", "post_count", "bio"}
ME_FIELDS = USER_FIELDS | {
    "email",
    "email_verified",
    "pending_email",
    "suspended_until",
    "suspension",
    "new_member",
}


def unauthorized(response: Response) -> dict[str, Any]:
    body = problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"].startswith("Bearer")
    return body


# --- GET /me ----------------------------------------------------------------------------


async def test_me_shows_private_fields_to_the_member(client: AsyncClient, forum: Forum) -> None:
    nora = await forum.member("Nora_K")
    response = await client.get("/me", headers=nora.headers)
    assert response.status_code == 200, response.text
    me = response.json()
    assert set(me) == ME_FIELDS
    assert me["id"] == nora.id
    assert me["username"] == "Nora_K"
    assert me["email"] == "nora_k@example.org"
    assert me["suspended_until"] is None
    assert me["role"] == "member"
    assert datetime.fromisoformat(me["created_at"]).utcoffset() is not None


async def test_me_needs_a_signed_in_user(client: AsyncClient) -> None:
    unauthorized(await client.get("/me"))
    unauthorized(await client.patch("/me", json={"bio": "hello"}))
    # A non-Bearer scheme is no credential at all.
    unauthorized(await client.get("/me", headers={"Authorization": "Basic bm9yYTpwdw=="}))


# --- PATCH /me --------------------------------------------------------------------------


async def test_patch_me_updates_display_name_and_bio(client: AsyncClient, forum: Forum) -> None:
    olga = await forum.member("olga")
    response = await client.patch(
        "/me",
        json={"display_name": "Olga (mum of twins)", "bio": "Twins, 8 months. Tired."},
        headers=olga.headers,
    )
    assert response.status_code == 200, response.text
    me = response.json()
    assert set(me) == ME_FIELDS
    assert me["display_name"] == "Olga (mum of twins)"
    assert me["bio"] == "Twins, 8 months. Tired."

    # Fields left out, or null, are left alone.
    response = await client.patch("/me", json={"bio": "Twins, 9 months."}, headers=olga.headers)
    assert response.status_code == 200, response.text
    assert response.json()["display_name"] == "Olga (mum of twins)"
    response = await client.patch(
        "/me", json={"display_name": None, "bio": None}, headers=olga.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["bio"] == "Twins, 9 months."
    response = await client.patch("/me", json={}, headers=olga.headers)
    assert response.status_code == 200, response.text
    assert response.json()["display_name"] == "Olga (mum of twins)"

    # Saved: both the member and the public see it.
    me = (await client.get("/me", headers=olga.headers)).json()
    assert (me["display_name"], me["bio"]) == ("Olga (mum of twins)", "Twins, 9 months.")
    public = (await client.get("/users/olga")).json()
    assert (public["display_name"], public["bio"]) == ("Olga (mum of twins)", "Twins, 9 months.")

    # The bio may be cleared; the boundaries are accepted.
    response = await client.patch(
        "/me", json={"bio": "", "display_name": "d" * 50}, headers=olga.headers
    )
    assert response.status_code == 200, response.text
    assert (response.json()["bio"], response.json()["display_name"]) == ("", "d" * 50)
    response = await client.patch("/me", json={"bio": "b" * 2000}, headers=olga.headers)
    assert response.status_code == 200, response.text
    assert response.json()["bio"] == "b" * 2000


async def test_patch_me_cannot_change_identity_or_role(client: AsyncClient, forum: Forum) -> None:
    pia = await forum.member("pia")
    response = await client.patch(
        "/me",
        json={
            "username": "pia_admin",
            "email": "evil@example.org",
            "role": "admin",
            "post_count": 99,
            "suspended_until": None,
            "bio": "hi",
        },
        headers=pia.headers,
    )
    assert response.status_code == 200, response.text
    me = response.json()
    assert me["username"] == "pia"
    assert me["email"] == "pia@example.org"
    assert me["role"] == "member"
    assert me["post_count"] == 0
    assert me["bio"] == "hi"
    assert (await client.get("/users/pia")).json()["role"] == "member"


async def test_patch_me_validation(client: AsyncClient, forum: Forum) -> None:
    quinn = await forum.member("quinn")
    invalid: list[tuple[str, Any]] = [
        ("display_name", ""),
        ("display_name", "   "),
        ("display_name", "x" * 51),
        ("display_name", 42),
        ("display_name", ["Quinn"]),
        ("bio", "b" * 2001),
        ("bio", 5),
        ("bio", {"text": "hi"}),
    ]
    for field, value in invalid:
        response = await client.patch("/me", json={field: value}, headers=quinn.headers)
        body = problem(response, 422, "validation-error")
        assert any(field in error["loc"] for error in body["errors"]), (field, body)
    for not_an_object in (["bio"], "bio", 3):
        response = await client.patch("/me", json=not_an_object, headers=quinn.headers)
        problem(response, 422, "validation-error")
    response = await client.patch(
        "/me",
        content=b'{"bio": "unterminated',
        headers={**quinn.headers, "Content-Type": "application/json"},
    )
    problem(response, 400, "malformed-json")
    # Nothing changed.
    me = (await client.get("/me", headers=quinn.headers)).json()
    assert (me["display_name"], me["bio"]) == ("quinn", "")


async def test_nul_characters_are_refused_not_a_server_error(
    client: AsyncClient, forum: Forum
) -> None:
    """PostgreSQL text cannot hold U+0000: it is refused with 422 on both databases."""
    rosa = await forum.member("rosa")
    for field in ("bio", "display_name"):
        response = await client.patch("/me", json={field: "line\x00break"}, headers=rosa.headers)
        body = problem(response, 422, "validation-error")
        assert any(field in error["loc"] for error in body["errors"]), body
    problem(await client.get("/users/ro%00sa"), 422, "validation-error")
    assert (await client.get("/me", headers=rosa.headers)).json()["bio"] == ""


# --- public profiles --------------------------------------------------------------------


async def test_public_profile_hides_private_fields(client: AsyncClient, forum: Forum) -> None:
    sara = await forum.member("Sara_B")
    viewer = await forum.member("viewer")
    for headers in ({}, viewer.headers, sara.headers):  # even the owner sees the public shape
        for path in ("/users/Sara_B", "/users/sara_b", "/users/SARA_B"):
            response = await client.get(path, headers=headers)
            assert response.status_code == 200, response.text
            user = response.json()
            assert set(user) == USER_FIELDS
            assert user["id"] == sara.id
            assert user["username"] == "Sara_B"
            assert user["role"] == "member"
            assert user["post_count"] == 0
            assert "sara_b@example.org" not in response.text


async def test_unknown_user_is_404(client: AsyncClient) -> None:
    for username in ("nobody", "no_such_member_at_all", "x"):
        body = problem(await client.get(f"/users/{username}"), 404, "not-found")
        assert body["detail"]


# --- suspension -------------------------------------------------------------------------


async def test_suspended_member_can_read_but_not_write(
    client: AsyncClient, forum: Forum, set_suspension: SetSuspension
) -> None:
    tess = await forum.member("tess")
    until = (utcnow() + timedelta(days=3)).replace(microsecond=0)
    await set_suspension(tess.id, until)

    response = await client.get("/me", headers=tess.headers)
    assert response.status_code == 200, response.text
    assert datetime.fromisoformat(response.json()["suspended_until"]) == until

    response = await client.patch("/me", json={"bio": "let me in"}, headers=tess.headers)
    body = problem(response, 403, "suspended")
    assert until.date().isoformat() in body["detail"]  # `until` is in the detail
    assert (await client.get("/me", headers=tess.headers)).json()["bio"] == ""

    # Others still see a normal public profile, without the suspension.
    public = await client.get("/users/tess")
    assert public.status_code == 200, public.text
    assert "suspended_until" not in public.json()


async def test_suspension_ends_by_itself(
    client: AsyncClient, forum: Forum, set_suspension: SetSuspension
) -> None:
    uma = await forum.member("uma")
    await set_suspension(uma.id, utcnow() - timedelta(minutes=1))
    response = await client.patch("/me", json={"bio": "back again"}, headers=uma.headers)
    assert response.status_code == 200, response.text
    assert response.json()["bio"] == "back again"
    assert response.json()["suspended_until"] is None  # an ended suspension is not shown


async def test_suspended_admin_cannot_change_roles(
    client: AsyncClient, forum: Forum, set_suspension: SetSuspension
) -> None:
    admin = await forum.admin("vera_admin")
    member = await forum.member("wendy")
    await set_suspension(admin.id, utcnow() + timedelta(hours=1))
    response = await client.put(
        "/users/wendy/role", json={"role": "moderator"}, headers=admin.headers
    )
    problem(response, 403, "suspended")
    assert (await client.get(f"/users/{member.username}")).json()["role"] == "member"


# --- PUT /users/{username}/role ---------------------------------------------------------


async def set_role(
    client: AsyncClient, username: str, role: Any, headers: dict[str, str] | None = None
) -> Response:
    return await client.put(f"/users/{username}/role", json={"role": role}, headers=headers or {})


async def test_role_change_permission_matrix(client: AsyncClient, forum: Forum) -> None:
    target = await forum.member("target")
    member = await forum.member("plain_member")
    moderator = await forum.moderator("the_mod")
    admin = await forum.admin("the_admin")

    unauthorized(await set_role(client, "target", "moderator"))
    problem(await set_role(client, "target", "moderator", member.headers), 403, "forbidden")
    problem(await set_role(client, "target", "moderator", moderator.headers), 403, "forbidden")
    # Nobody may raise themselves.
    problem(await set_role(client, "plain_member", "admin", member.headers), 403, "forbidden")
    problem(await set_role(client, "the_mod", "admin", moderator.headers), 403, "forbidden")
    assert (await client.get("/users/target")).json()["role"] == "member"

    response = await set_role(client, "target", "moderator", admin.headers)
    assert response.status_code == 200, response.text
    user = response.json()
    assert set(user) == USER_FIELDS
    assert (user["id"], user["username"], user["role"]) == (target.id, "target", "moderator")
    assert (await client.get("/users/target")).json()["role"] == "moderator"
    me = await client.get("/me", headers=target.headers)
    assert me.json()["role"] == "moderator"

    # The username in the path is case-insensitive, and roles go down as well as up.
    response = await set_role(client, "TARGET", "member", admin.headers)
    assert response.status_code == 200, response.text
    assert response.json()["role"] == "member"


async def test_admin_cannot_change_own_role(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin("solo_admin")
    for role in ("member", "moderator", "admin"):
        for path_name in ("solo_admin", "SOLO_ADMIN"):
            response = await set_role(client, path_name, role, admin.headers)
            problem(response, 403, "forbidden")
    assert (await client.get("/users/solo_admin")).json()["role"] == "admin"


async def test_admin_can_promote_and_demote_other_admins(client: AsyncClient, forum: Forum) -> None:
    first = await forum.admin("first_admin")
    second = await forum.admin("second_admin")
    newcomer = await forum.member("newcomer")

    response = await set_role(client, "newcomer", "admin", first.headers)
    assert response.status_code == 200, response.text
    assert response.json()["role"] == "admin"
    # The new admin's existing token carries the new powers at once.
    response = await set_role(client, "second_admin", "moderator", newcomer.headers)
    assert response.status_code == 200, response.text
    assert response.json()["role"] == "moderator"
    # ...and the demoted admin has lost them at once.
    problem(await set_role(client, "first_admin", "member", second.headers), 403, "forbidden")
    assert (await client.get("/users/first_admin")).json()["role"] == "admin"


async def test_role_change_on_unknown_user_or_with_bad_role(
    client: AsyncClient, forum: Forum
) -> None:
    admin = await forum.admin("role_admin")
    await forum.member("ordinary")
    problem(await set_role(client, "nobody_here", "moderator", admin.headers), 404, "not-found")

    for bad_role in ("superadmin", "Admin", "MODERATOR", "", None, 1, ["admin"]):
        body = problem(await set_role(client, "ordinary", bad_role, admin.headers), 422)
        assert body["type"] == "/problems/validation-error"
        assert any("role" in error["loc"] for error in body["errors"]), body
    problem(
        await client.put("/users/ordinary/role", json={}, headers=admin.headers),
        422,
        "validation-error",
    )
    problem(
        await client.put(
            "/users/ordinary/role",
            content=b'{"role": ',
            headers={**admin.headers, "Content-Type": "application/json"},
        ),
        400,
        "malformed-json",
    )
    assert (await client.get("/users/ordinary")).json()["role"] == "member"
