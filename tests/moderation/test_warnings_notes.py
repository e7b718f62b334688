"""Warnings (moderator → member, visible to the member) and moderator notes (moderators
only), and the permission matrix of every route that acts on a member: suspension,
warnings, notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import audit_log, make_pat, suspend, utc_in, when

USER_REF_FIELDS = {"id", "username", "display_name", "role"}
WARNING_FIELDS = {"id", "reason", "created_at", "moderator"}
NOTE_FIELDS = {"id", "body", "author", "created_at"}


def assert_ref(value: dict[str, Any], member: Member) -> None:
    assert set(value) == USER_REF_FIELDS, value
    assert (value["id"], value["username"], value["role"]) == (
        member.id,
        member.username,
        member.role,
    )


async def warn(client: AsyncClient, moderator: Member, target: Member, reason: str) -> Any:
    response = await client.post(
        f"/users/{target.username}/warnings", json={"reason": reason}, headers=moderator.headers
    )
    assert response.status_code == 201, response.text
    return response


# --- warnings ----------------------------------------------------------------------------


async def test_moderator_warns_a_member_who_sees_it(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    before = utc_in(seconds=-1)
    response = await warn(client, moderator, member, "Please keep it civil.")
    assert response.headers["location"].endswith(f"/users/{member.username}/warnings")
    warning = response.json()
    assert set(warning) == WARNING_FIELDS
    assert isinstance(warning["id"], int)
    assert warning["reason"] == "Please keep it civil."
    assert when(warning["created_at"]) >= before
    assert_ref(warning["moderator"], moderator)

    mine = await client.get("/me/warnings", headers=member.headers)
    assert mine.status_code == 200, mine.text
    assert mine.json() == [warning]

    theirs = await client.get(f"/users/{member.username}/warnings", headers=moderator.headers)
    assert theirs.status_code == 200, theirs.text
    assert theirs.json() == [warning]

    entries = await audit_log(client, moderator, action="user.warn")
    assert [(e["actor"]["id"], e["target_id"], e["note"]) for e in entries] == [
        (moderator.id, member.id, "Please keep it civil.")
    ]


async def test_warnings_are_listed_newest_first_and_only_to_their_member(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    admin = await forum.admin()
    member = await forum.member()
    bystander = await forum.member()
    first = (await warn(client, moderator, member, "First warning")).json()
    second = (await warn(client, admin, member, "Second warning")).json()
    assert_ref(second["moderator"], admin)

    mine = (await client.get("/me/warnings", headers=member.headers)).json()
    assert [w["id"] for w in mine] == [second["id"], first["id"]]
    for path in (
        f"/users/{member.username}/warnings",
        f"/users/{member.username.upper()}/warnings",
    ):
        listed = (await client.get(path, headers=admin.headers)).json()
        assert [w["id"] for w in listed] == [second["id"], first["id"]]

    assert (await client.get("/me/warnings", headers=bystander.headers)).json() == []
    assert (await client.get("/me/warnings", headers=moderator.headers)).json() == []
    response = await client.get(f"/users/{bystander.username}/warnings", headers=moderator.headers)
    assert response.json() == []


async def test_warning_validation_and_unknown_members(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    for body in ({}, {"reason": ""}, {"reason": "   "}, {"reason": "x" * 1001}, {"reason": 3}):
        response = await client.post(
            f"/users/{member.username}/warnings", json=body, headers=moderator.headers
        )
        problem(response, 422, "validation-error")
    assert (await client.get("/me/warnings", headers=member.headers)).json() == []
    response = await client.post(
        "/users/nobody_here/warnings", json={"reason": "Hi"}, headers=moderator.headers
    )
    problem(response, 404, "not-found")
    problem(await client.get("/users/nobody_here/warnings", headers=moderator.headers), 404)


async def test_warning_ranks(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    other_moderator = await forum.moderator()
    admin = await forum.admin()
    for actor, target in ((moderator, other_moderator), (moderator, admin), (moderator, moderator)):
        response = await client.post(
            f"/users/{target.username}/warnings", json={"reason": "No"}, headers=actor.headers
        )
        problem(response, 403, "out-of-rank")
    await warn(client, admin, other_moderator, "Moderators are warned by admins")
    mine = (await client.get("/me/warnings", headers=other_moderator.headers)).json()
    assert [w["reason"] for w in mine] == ["Moderators are warned by admins"]


async def test_me_warnings_needs_a_sign_in_and_the_read_scope(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    warning = (await warn(client, moderator, member, "Mind the language")).json()
    problem(await client.get("/me/warnings"), 401, "not-authenticated")
    read_pat = await make_pat(client, member, "read")
    response = await client.get("/me/warnings", headers=read_pat.headers)
    assert response.status_code == 200, response.text
    assert response.json() == [warning]
    write_pat = await make_pat(client, member, "write")
    problem(await client.get("/me/warnings", headers=write_pat.headers), 403, "insufficient-scope")


# --- notes -------------------------------------------------------------------------------


async def test_moderators_keep_notes_on_a_member(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    admin = await forum.admin()
    member = await forum.member()
    path = f"/users/{member.username}/notes"
    response = await client.post(
        path,
        json={"body": "Spoke to her by mail; she is going through a lot."},
        headers=moderator.headers,
    )
    assert response.status_code == 201, response.text
    assert response.headers["location"].endswith(path)
    first = response.json()
    assert set(first) == NOTE_FIELDS
    assert first["body"] == "Spoke to her by mail; she is going through a lot."
    assert_ref(first["author"], moderator)
    when(first["created_at"])

    response = await client.post(path, json={"body": "Second note"}, headers=admin.headers)
    assert response.status_code == 201, response.text
    second = response.json()
    assert_ref(second["author"], admin)

    for viewer in (moderator, admin):
        listed = await client.get(path, headers=viewer.headers)
        assert listed.status_code == 200, listed.text
        assert listed.json() == [second, first]  # newest first
    other = await forum.member()
    assert (await client.get(f"/users/{other.username}/notes", headers=admin.headers)).json() == []

    # The noted member never sees them, anywhere.
    problem(await client.get(path, headers=member.headers), 403)
    for own in ("/me", "/me/warnings", f"/users/{member.username}"):
        response = await client.get(own, headers=member.headers)
        assert "going through a lot" not in response.text

    entries = await audit_log(client, moderator, action="user.note")
    assert {(e["actor"]["id"], e["target_id"]) for e in entries} == {
        (moderator.id, member.id),
        (admin.id, member.id),
    }
    # The audit entry does not repeat the note itself.
    assert all("going through a lot" not in (e["note"] or "") for e in entries)


async def test_note_validation_and_unknown_members(client: AsyncClient, forum: Forum) -> None:
    moderator = await forum.moderator()
    member = await forum.member()
    path = f"/users/{member.username}/notes"
    for body in ({}, {"body": ""}, {"body": "  "}, {"body": "x" * 5001}, {"body": ["a"]}):
        problem(await client.post(path, json=body, headers=moderator.headers), 422)
    assert (await client.get(path, headers=moderator.headers)).json() == []
    response = await client.post(
        "/users/nobody_here/notes", json={"body": "Hi"}, headers=moderator.headers
    )
    problem(response, 404, "not-found")
    problem(await client.get("/users/nobody_here/notes", headers=moderator.headers), 404)


# --- the permission matrix ----------------------------------------------------------------


@dataclass
class Route:
    method: str
    path: str
    json: dict[str, Any] | None
    ok: int

    @property
    def is_read(self) -> bool:
        return self.method == "GET"


def member_routes(target: Member) -> list[Route]:
    base = f"/users/{target.username}"
    return [
        Route("GET", f"{base}/warnings", None, 200),
        Route("POST", f"{base}/warnings", {"reason": "Be kind"}, 201),
        Route("GET", f"{base}/notes", None, 200),
        Route("POST", f"{base}/notes", {"body": "Keep an eye out"}, 201),
        Route("PUT", f"{base}/suspension", {"until": "", "reason": "Spam"}, 200),
        Route("DELETE", f"{base}/suspension", None, 204),
    ]


async def call(client: AsyncClient, route: Route, headers: dict[str, str]) -> Any:
    json = route.json
    if json is not None and "until" in json:
        json = {**json, "until": utc_in(days=1).isoformat()}
    return await client.request(route.method, route.path, json=json, headers=headers)


async def test_member_routes_permission_matrix(client: AsyncClient, forum: Forum) -> None:
    target = await forum.member()
    member = await forum.member()
    moderator = await forum.moderator()
    admin = await forum.admin()
    suspended_moderator = await forum.moderator()
    assert (await suspend(client, admin, suspended_moderator)).status_code == 200
    member_pat = await make_pat(client, member, "read", "write")
    moderator_pats = {
        scopes: await make_pat(client, moderator, *scopes)
        for scopes in (
            ("read",),
            ("write",),
            ("read", "write"),
            ("moderate",),
            ("write", "moderate"),
            ("read", "write", "moderate"),
        )
    }

    for route in member_routes(target):
        # (who, headers, expected status, expected problem type or None)
        cases: list[tuple[str, dict[str, str], int, str | None]] = [
            ("anonymous", {}, 401, "not-authenticated"),
            ("member", member.headers, 403, "forbidden"),
            ("the target member", target.headers, 403, None),
            ("member's PAT", member_pat.headers, 403, "forbidden"),
            ("suspended moderator", suspended_moderator.headers, 403, "suspended"),
        ]
        for scopes, pat in moderator_pats.items():
            allowed = "moderate" in scopes  # moderation needs `moderate`, and nothing else
            if allowed:
                cases.append((f"moderator PAT {scopes}", pat.headers, route.ok, None))
            else:
                cases.append((f"moderator PAT {scopes}", pat.headers, 403, "insufficient-scope"))
        cases += [
            ("moderator", moderator.headers, route.ok, None),
            ("admin", admin.headers, route.ok, None),
        ]
        for who, headers, status, problem_type in cases:
            response = await call(client, route, headers)
            assert response.status_code == status, (route, who, response.text)
            if status >= 400:
                problem(response, status, problem_type)
            if status == 401:
                assert response.headers["www-authenticate"].startswith("Bearer")


async def test_a_moderate_only_token_acts_on_members(client: AsyncClient, forum: Forum) -> None:
    """A moderation bot's token needs `moderate` alone: it reads a member's record, warns,
    notes, suspends and lifts the suspension, without `read` or `write`."""
    target = await forum.member()
    moderator = await forum.moderator()
    pat = await make_pat(client, moderator, "moderate")
    for route in member_routes(target):
        response = await call(client, route, pat.headers)
        assert response.status_code == route.ok, (route, response.text)
    me = (await client.get("/me", headers=target.headers)).json()
    assert me["suspended_until"] is None  # suspended, then lifted
    warnings = (await client.get("/me/warnings", headers=target.headers)).json()
    assert [w["reason"] for w in warnings] == ["Be kind"]
    assert warnings[0]["moderator"]["id"] == moderator.id
