"""Scopes that fit the job (issue 14).

Every operation's scopes are in the OpenAPI document, with either kind of token, and the app
enforces exactly those: a token lacking any of them is 403 `insufficient-scope` naming every
missing scope, before the request's body is read or anything is looked up, and a token with
exactly them is let through. A moderation bot needs `moderate` alone. 401 and 403 follow
RFC 6750, and the operations a guest may call are marked so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any, get_args

import pytest
from fastapi import FastAPI, Security
from fastapi.routing import APIRoute
from httpx import AsyncClient, Response

from app.accounts.models import Scope, User
from app.db import utcnow
from app.deps import CurrentAdmin, CurrentModerator, SignedIn, require_scopes
from app.errors import Forbidden, InsufficientScope
from app.http import API_PREFIX
from app.openapi import api_operations
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import Pat, bearer, make_pat, utc_in

ALL_SCOPES = tuple(scope.value for scope in Scope)
PASSWORD_FLOW, PERSONAL_ACCESS_TOKEN = "OAuth2Password", "PersonalAccessToken"
# Path parameters that name nothing: a refused request must not need them to exist.
DUMMY_PARAMETERS = {"username": "nobody-here", "slug": "no-such-slug", "kind": "heart"}
DUMMY_ID = "999999"
# An operation that changes nothing needs `read` whatever its method.
CHANGES_NOTHING = {("POST", "/render")}


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # as documented, with the API prefix
    security: list[dict[str, list[str]]]
    route: APIRoute

    @property
    def scopes(self) -> list[str]:
        return self.security[0][PASSWORD_FLOW] if self.security else []

    @property
    def guest_may_call(self) -> bool:
        return {} in self.security

    @property
    def url(self) -> str:
        def fill(match: re.Match[str]) -> str:
            return DUMMY_PARAMETERS.get(match.group(1), DUMMY_ID)

        return "http://test" + re.sub(r"\{(\w+)\}", fill, self.path)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def documented_operations(app: FastAPI) -> list[Operation]:
    paths = app.openapi()["paths"]
    found = []
    for method, path, route in api_operations(app):
        operation = paths.get(path, {}).get(method.lower())
        if operation is not None:
            found.append(Operation(method, path, operation["security"], route))
    assert len(found) > 80
    return found


def _calls(route: APIRoute) -> set[Any]:
    calls, pending = set(), list(route.dependant.dependencies)
    while pending:
        dependant = pending.pop()
        calls.add(dependant.call)
        pending.extend(dependant.dependencies)
    return calls


def _dependency(alias: Any) -> Any:
    return get_args(alias)[1].dependency


def expected_scopes(operation: Operation) -> list[str]:
    """The rule of app/deps.py: moderation needs `moderate` alone, administration `admin`
    alone, a read `read`, any change `write`."""
    calls = _calls(operation.route)
    if _dependency(CurrentModerator) in calls:
        return ["moderate"]
    if _dependency(CurrentAdmin) in calls:
        return ["admin"]
    short = (operation.method, operation.path.removeprefix(API_PREFIX))
    return ["read"] if operation.method == "GET" or short in CHANGES_NOTHING else ["write"]


# --- the document ---------------------------------------------------------------------------


def test_every_operation_declares_its_scopes_for_either_token(app: FastAPI) -> None:
    schemes = app.openapi()["components"]["securitySchemes"]
    assert schemes[PASSWORD_FLOW]["type"] == "oauth2"
    flow = schemes[PASSWORD_FLOW]["flows"]["password"]
    assert set(flow["scopes"]) == set(ALL_SCOPES)
    assert flow["tokenUrl"] == f"{API_PREFIX}/auth/token"
    for scope in ALL_SCOPES:  # the scope table
        assert f"| `{scope}` |" in schemes[PASSWORD_FLOW]["description"]
    assert schemes[PERSONAL_ACCESS_TOKEN] == {
        "type": "http",
        "scheme": "bearer",
        "description": schemes[PERSONAL_ACCESS_TOKEN]["description"],
    }
    for operation in documented_operations(app):
        security = operation.security
        if not security:
            assert security == [], operation
            continue
        scopes = operation.scopes
        assert scopes, operation
        assert security[:2] == [{PASSWORD_FLOW: scopes}, {PERSONAL_ACCESS_TOKEN: scopes}]
        assert security[2:] in ([], [{}]), operation


def test_scopes_follow_the_rule(app: FastAPI) -> None:
    operations = {str(op): op for op in documented_operations(app)}
    for operation in operations.values():
        if operation.scopes:
            assert operation.scopes == expected_scopes(operation), operation
    # The ones a client meets first, spelled out.
    assert operations[f"GET {API_PREFIX}/moderation/queue"].security == [
        {PASSWORD_FLOW: ["moderate"]},
        {PERSONAL_ACCESS_TOKEN: ["moderate"]},
    ]
    assert operations[f"POST {API_PREFIX}/threads"].scopes == ["write"]
    assert not operations[f"POST {API_PREFIX}/threads"].guest_may_call
    assert operations[f"GET {API_PREFIX}/threads"].security == [
        {PASSWORD_FLOW: ["read"]},
        {PERSONAL_ACCESS_TOKEN: ["read"]},
        {},
    ]
    assert operations[f"PUT {API_PREFIX}/users/{{username}}/role"].scopes == ["admin"]
    assert operations[f"POST {API_PREFIX}/auth/token"].security == []


def test_only_operations_that_take_viewer_alone_are_open_to_guests(app: FastAPI) -> None:
    signed_in = _dependency(SignedIn)
    guests = {
        str(op) for op in documented_operations(app) if op.guest_may_call
    }  # checked over HTTP below too
    for operation in documented_operations(app):
        if operation.guest_may_call:
            assert signed_in not in _calls(operation.route), operation
    assert f"GET {API_PREFIX}/threads/{{thread_id}}/posts" in guests
    assert f"GET {API_PREFIX}/me" not in guests


# --- the rule, as a unit ----------------------------------------------------------------------


def _user(role: str, scopes: set[str]) -> User:
    user = User(username="someone", role=role)
    user.scopes = frozenset(scopes)
    return user


def test_insufficient_scope_names_every_missing_scope_in_order() -> None:
    moderator = _user("moderator", {"read"})
    with pytest.raises(InsufficientScope) as refused:
        require_scopes(moderator, ["moderate", "write", "read"])
    assert refused.value.missing == ("write", "moderate")
    assert refused.value.headers["WWW-Authenticate"] == (
        'Bearer error="insufficient_scope", scope="write moderate"'
    )
    assert refused.value.detail is not None
    assert "`write` and `moderate` scopes" in refused.value.detail
    require_scopes(moderator, ["read"])  # nothing missing, nothing raised


def test_a_scope_beyond_the_role_is_forbidden_not_insufficient() -> None:
    for role, scope in (("member", "moderate"), ("member", "admin"), ("moderator", "admin")):
        # Whatever the credential carries: no token could give this member the scope.
        for carried in (set(ALL_SCOPES), {"read"}):
            with pytest.raises(Forbidden) as refused:
                require_scopes(_user(role, carried), ["read", scope])
            assert type(refused.value) is Forbidden


# --- over HTTP: the whole matrix ---------------------------------------------------------------


def _refused_for_scope(response: Response, missing: list[str], where: object) -> None:
    body = problem(response, 403, "insufficient-scope")
    assert response.headers["www-authenticate"] == (
        f'Bearer error="insufficient_scope", scope="{" ".join(missing)}"'
    ), where
    for scope in missing:
        assert f"`{scope}`" in body["detail"], where


async def test_every_operation_enforces_exactly_its_declared_scopes(
    app: FastAPI, client: AsyncClient, forum: Forum
) -> None:
    """For every documented operation, with no body and ids that name nothing: without a
    token, 401 unless a guest may call it; with a token lacking one declared scope, 403
    naming it (so the scope check comes before validation and lookups); with a token of
    exactly the declared scopes, never refused for its scopes."""
    admin = await forum.admin()  # the one role every scope is within
    lacking = {
        scope: await make_pat(client, admin, *(s for s in ALL_SCOPES if s != scope), name=scope)
        for scope in ALL_SCOPES
    }
    exactly: dict[tuple[str, ...], Pat] = {}
    for operation in documented_operations(app):
        anonymous = await client.request(operation.method, operation.url)
        if not operation.security:
            # Takes no credentials: a token, even a bad one, changes nothing.
            assert anonymous.status_code != 401, operation
            with_garbage = await client.request(
                operation.method, operation.url, headers=bearer("not-a-token")
            )
            assert with_garbage.status_code == anonymous.status_code, operation
            continue
        if operation.guest_may_call:
            assert anonymous.status_code not in (401, 403), (operation, anonymous.text)
        else:
            problem(anonymous, 401, "not-authenticated")
            assert anonymous.headers["www-authenticate"] == "Bearer", operation
        for scope in operation.scopes:
            response = await client.request(
                operation.method, operation.url, headers=lacking[scope].headers
            )
            _refused_for_scope(response, [scope], operation)
        key = tuple(operation.scopes)
        if key not in exactly:
            exactly[key] = await make_pat(client, admin, *key, name="exactly " + " ".join(key))
        response = await client.request(
            operation.method, operation.url, headers=exactly[key].headers
        )
        assert response.status_code != 401, (operation, response.text)
        if response.status_code == 403:
            assert response.json()["type"] != "/problems/insufficient-scope", operation


async def test_a_route_needing_several_scopes_names_all_that_are_missing(
    app: FastAPI, client: AsyncClient, forum: Forum
) -> None:
    """No route of the app needs two scopes today; one that did would be refused with all
    its missing scopes at once, not one 403 at a time."""

    async def needs_three(
        user: Annotated[
            User, Security(_dependency(SignedIn), scopes=["read", "write", "moderate"])
        ],
    ) -> dict[str, int]:
        return {"id": user.id}

    app.router.add_api_route(f"{API_PREFIX}/test-three-scopes", needs_three, methods=["GET"])
    moderator = await forum.moderator()
    read_only = await make_pat(client, moderator, "read")
    response = await client.get("/test-three-scopes", headers=read_only.headers)
    _refused_for_scope(response, ["write", "moderate"], "three scopes")
    complete = await make_pat(client, moderator, "read", "write", "moderate")
    response = await client.get("/test-three-scopes", headers=complete.headers)
    assert response.json() == {"id": moderator.id}


# --- RFC 6750 challenges -----------------------------------------------------------------------


def _invalid_token(response: Response) -> None:
    problem(response, 401, "invalid-token")
    challenge = response.headers["www-authenticate"]
    assert re.fullmatch(
        r'Bearer error="invalid_token", error_description="[ -!#-\[\]-~]+"', challenge
    )


async def test_rfc6750_challenges(app: FastAPI, client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    # No credentials: a bare challenge, no error code (RFC 6750 §3.1).
    response = await client.get("/me")
    problem(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"

    expired = app.state.access_tokens.issue(member.id, now=utcnow() - timedelta(days=1))
    revoked = await make_pat(client, member, "read", "write")
    response = await client.delete(f"/me/tokens/{revoked.id}", headers=member.headers)
    assert response.status_code == 204, response.text
    bad_tokens = {
        "garbage": "not-a-token",
        "malformed JWT": "eyJ.eyJ.sig",
        "expired JWT": expired,
        "revoked PAT": revoked.token,
        "unknown PAT": "vpat_" + "x" * 40,
    }
    for label, token in bad_tokens.items():
        # On an operation that needs a member, and on one a guest may call: a bad token is
        # never read as a guest.
        for method, path in (("GET", "/me"), ("PATCH", "/me"), ("GET", "/threads")):
            response = await client.request(method, path, json={}, headers=bearer(token))
            _invalid_token(response)
            assert response.json()["type"] == "/problems/invalid-token", label

    # Insufficient scope: 403 with the missing scope named in the header and the detail.
    writer = await make_pat(client, member, "write")
    _refused_for_scope(await client.get("/threads", headers=writer.headers), ["read"], "read")
    reader = await make_pat(client, member, "read")
    response = await client.patch("/me", json={"bio": "bot"}, headers=reader.headers)
    _refused_for_scope(response, ["write"], "write")


# --- a moderation bot with `moderate` alone ---------------------------------------------------


@dataclass
class Scene:
    moderator: Member
    member: Member
    author: Member
    thread: dict[str, Any]
    reply: dict[str, Any]

    @property
    def post_id(self) -> int:
        return int(self.thread["first_post"]["id"])


@pytest.fixture
async def scene(client: AsyncClient, forum: Forum) -> Scene:
    moderator = await forum.moderator()
    member, author = await forum.member(), await forum.member()
    thread = await forum.thread(author)
    reply = await forum.reply(author, thread["id"])
    response = await client.post(
        f"/posts/{thread['first_post']['id']}/flags",
        json={"reason": "spam"},
        headers=member.headers,
    )
    assert response.status_code == 201, response.text
    return Scene(moderator, member, author, thread, reply)


async def test_a_moderate_only_token_runs_a_moderation_bot(
    client: AsyncClient, scene: Scene
) -> None:
    bot = await make_pat(client, scene.moderator, "moderate")
    headers = bot.headers
    post, user = f"/posts/{scene.post_id}", f"/users/{scene.author.username}"

    async def ok(method: str, url: str, status: int, **kwargs: Any) -> Any:
        response = await client.request(method, url, headers=headers, **kwargs)
        assert response.status_code == status, (method, url, response.text)
        return response.json() if response.content else None

    queue = await ok("GET", "/moderation/queue", 200)
    assert [item["post"]["id"] for item in queue["items"]] == [scene.post_id]
    assert (await ok("GET", "/moderation/queue/count", 200))["open"] == 1
    await ok("PUT", f"/moderation/posts/{scene.post_id}/claim", 204)
    await ok("DELETE", f"/moderation/posts/{scene.post_id}/claim", 204)
    assert (await ok("POST", f"{post}/hide", 200, json={"reason": "Spam."}))["is_hidden"]
    assert not (await ok("POST", f"{post}/unhide", 200))["is_hidden"]
    await ok("POST", f"/moderation/posts/{scene.post_id}/resolve", 200, json={"action": "dismiss"})
    assert (await ok("GET", "/moderation/queue/count", 200))["open"] == 0

    until = utc_in(days=2).isoformat()
    await ok("PUT", f"{user}/suspension", 200, json={"until": until, "reason": "Cool off."})
    assert (await ok("GET", f"{user}/suspension", 200))["reason"] == "Cool off."
    await ok("DELETE", f"{user}/suspension", 204)
    await ok("POST", f"{user}/warnings", 201, json={"reason": "Be kind."})
    assert [w["reason"] for w in await ok("GET", f"{user}/warnings", 200)] == ["Be kind."]
    await ok("POST", f"{user}/notes", 201, json={"body": "Warned once."})
    assert [n["body"] for n in await ok("GET", f"{user}/notes", 200)] == ["Warned once."]

    response = await client.delete(f"/posts/{scene.reply['id']}", headers=scene.author.headers)
    assert response.status_code == 204, response.text
    await ok("POST", f"/posts/{scene.reply['id']}/restore", 200)
    await ok("DELETE", f"/threads/{scene.thread['id']}", 204)
    await ok("POST", f"/threads/{scene.thread['id']}/restore", 200)

    log = await ok("GET", "/moderation/log", 200, params={"limit": 100})
    by_the_bot = {
        entry["action"]
        for entry in log["items"]
        if entry["actor"] is not None and entry["actor"]["id"] == scene.moderator.id
    }
    assert by_the_bot == {
        "queue.claim",
        "queue.release",
        "post.hide",
        "post.unhide",
        "post.resolve",
        "user.suspend",
        "user.unsuspend",
        "user.warn",
        "user.note",
        "post.restore",
        "thread.delete",
        "thread.restore",
    }


MODERATION = [
    ("GET", "/moderation/queue", None),
    ("GET", "/moderation/queue/count", None),
    ("PUT", "/moderation/posts/{post}/claim", None),
    ("DELETE", "/moderation/posts/{post}/claim", None),
    ("POST", "/moderation/posts/{post}/resolve", {"action": "hide", "note": "No."}),
    ("POST", "/posts/{post}/hide", {"reason": "No."}),
    ("POST", "/posts/{post}/unhide", None),
    ("PUT", "/users/{user}/suspension", {"until": "2100-01-01T00:00:00Z", "reason": "No."}),
    ("GET", "/users/{user}/suspension", None),
    ("DELETE", "/users/{user}/suspension", None),
    ("POST", "/users/{user}/warnings", {"reason": "No."}),
    ("GET", "/users/{user}/warnings", None),
    ("POST", "/users/{user}/notes", {"body": "No."}),
    ("GET", "/users/{user}/notes", None),
    ("GET", "/moderation/log", None),
]


async def test_without_moderate_a_moderators_token_is_refused_and_members_are_forbidden(
    client: AsyncClient, scene: Scene
) -> None:
    moderator_tokens = [
        await make_pat(client, scene.moderator, "read", name="reader"),
        await make_pat(client, scene.moderator, "read", "write", name="writer"),
    ]
    member_credentials = [
        scene.member.headers,  # a password sign-in: every scope a member's role allows
        (await make_pat(client, scene.member, "read", "write")).headers,
    ]
    for method, template, body in MODERATION:
        url = template.format(post=scene.post_id, user=scene.author.username)
        for pat in moderator_tokens:
            response = await client.request(method, url, json=body, headers=pat.headers)
            _refused_for_scope(response, ["moderate"], (method, url, pat.scopes))
        for headers in member_credentials:
            response = await client.request(method, url, json=body, headers=headers)
            problem(response, 403, "forbidden")
            assert "www-authenticate" not in response.headers
    # Nothing was done: the report still waits, unclaimed, and the post is shown.
    (item,) = (await client.get("/moderation/queue", headers=scene.moderator.headers)).json()[
        "items"
    ]
    assert item["claimed_by"] is None and item["post"]["is_hidden"] is False
