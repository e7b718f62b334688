"""The OpenAPI document is the contract a generated client relies on: schemathesis throws
generated requests (valid and invalid) at every operation, in-process, and every answer must
be one the document promises — documented status, documented content type, a body matching
the documented schema — and never a server error.

The database is a migrated SQLite file seeded with a few users, a category and a thread with
replies; every generated request is sent as a signed-in administrator, so the authenticated
routes run their real code rather than stopping at 401.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from hypothesis import HealthCheck, settings
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.python import asgi as schemathesis_asgi
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from app.config import Settings
from app.main import create_app
from tests.conftest import alembic_config
from tests.helpers import Forum

OPENAPI_PATH = "/api/v1/openapi.json"
PROBLEM = "application/problem+json"


class Seeded:
    def __init__(self, app: FastAPI, token: str, ids: dict[str, Any]) -> None:
        self.app = app
        self.token = token
        self.ids = ids


def _settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        environment="test",
        database_url=database_url,
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        secret_key_file=tmp_path / "secret",
        redis_url=None,
        argon2_time_cost=1,
        argon2_memory_kib=64,
        argon2_parallelism=1,
        access_token_minutes=120,
        cors_origins=[],
    )


async def _seed(settings: Settings) -> tuple[str, dict[str, Any]]:
    """Users, a category, a thread with replies, a reaction and an edit, made through the API.

    Returns the signed-in administrator's access token and the ids that were made."""
    app = create_app(settings)
    try:
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://seed/api/v1") as client:
            forum = Forum(app, client)
            admin = await forum.admin("root_admin")
            alice = await forum.member("alice")
            bob = await forum.member("bob")
            await forum.moderator("mod_mary")
            category = await forum.category("general", description="Anything goes")
            thread = await forum.thread(alice, category)
            reply = await forum.reply(bob, thread["id"])
            await forum.reply(admin, thread["id"], reply_to=reply["id"])
            anonymous = await forum.thread(
                alice, category, title="Feeling alone at night", anonymous=True
            )
            response = await client.patch(
                f"/posts/{reply['id']}",
                json={"body": "Edited: hang in there!"},
                headers=bob.headers,
            )
            assert response.status_code == 200, response.text
            response = await client.put(
                f"/posts/{thread['first_post']['id']}/reactions/hug", headers=bob.headers
            )
            assert response.status_code == 204, response.text
            ids = {
                "thread_id": thread["id"],
                "post_id": reply["id"],
                "anonymous_thread_id": anonymous["id"],
                "slug": category["slug"],
                "username": alice.username,
            }
            return admin.access_token, ids
    finally:
        await app.state.database.dispose()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    tmp_path = tmp_path_factory.mktemp("schemathesis")
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'village.db'}"
    from alembic import command

    command.upgrade(alembic_config(database_url), "head")
    settings_ = _settings(database_url, tmp_path)
    token, ids = asyncio.run(_seed(settings_))
    app = create_app(settings_)
    yield Seeded(app, token, ids)
    # schemathesis runs the app on its own event-loop thread and starts its lifespan there;
    # ending the lifespans disposes of the app's engine on that loop.
    schemathesis_asgi.shutdown_lifespans()


def _openapi_document() -> dict[str, Any]:
    """The document the app serves at /api/v1/openapi.json (building it touches no database;
    `test_schemathesis_tests_the_served_document` checks it is byte-for-byte what is served).

    The schema is loaded at import rather than through `schemathesis.pytest.from_fixture`,
    whose lazy loader reads `Function._nodeid`, which pytest 9.2 no longer has."""
    settings_ = _settings("sqlite+aiosqlite://", Path("/nonexistent"))
    return create_app(settings_).openapi()


schema = schemathesis.openapi.from_dict(_openapi_document())


def test_seed_is_visible(seeded: Seeded) -> None:
    """The generated requests meet real data: the seeded thread can be read as the admin."""
    with schemathesis_asgi.get_client(seeded.app) as client:
        headers = {"Authorization": f"Bearer {seeded.token}"}
        me = client.get("/api/v1/me", headers=headers)
        assert me.status_code == 200, me.text
        assert me.json()["role"] == "admin"
        thread = client.get(f"/api/v1/threads/{seeded.ids['thread_id']}", headers=headers)
        assert thread.status_code == 200, thread.text
        posts = client.get(f"/api/v1/threads/{seeded.ids['thread_id']}/posts", headers=headers)
        assert posts.status_code == 200, posts.text
        assert len(posts.json()["items"]) >= 3


def _problem_type(response: schemathesis.Response) -> str | None:
    content_type = ",".join(response.headers.get("content-type", []))
    if not content_type.startswith(PROBLEM):
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return body.get("type") if isinstance(body, dict) else None


def positive_data_acceptance_save_unissued_cursors(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """The built-in check, except for the one rejection no schema can express: a cursor is
    any string by its schema, but only the ones the server issued are accepted (API.md:
    "an opaque cursor"; 400 /problems/invalid-cursor is documented)."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        if (
            response.status_code == 400
            and _problem_type(response) == "/problems/invalid-cursor"
            and "cursor" in (case.query or {})
        ):
            return None
        raise


def negative_data_rejection_or_413(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """The built-in check, also counting 413 (body over the size limit) as a rejection."""
    if response.status_code == 413 and _problem_type(response) == "/problems/payload-too-large":
        return None
    return negative_data_rejection(ctx, response, case)


def _request_headers(case: schemathesis.Case, token: str) -> dict[str, str]:
    """The administrator's token, and a fresh Idempotency-Key wherever the generated one is
    valid: schemathesis draws the same few keys again and again with different bodies, and
    the API (rightly) answers those with 422 /problems/idempotency-key-reused."""
    headers = {"Authorization": f"Bearer {token}"}
    key = (case.headers or {}).get("Idempotency-Key")
    if isinstance(key, str) and 1 <= len(key) <= 255:
        headers["Idempotency-Key"] = f"{key[:200]}-{uuid.uuid4().hex}"
    return headers


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@schema.parametrize()
def test_every_operation_keeps_its_contract(case: schemathesis.Case, seeded: Seeded) -> None:
    """All of schemathesis's default checks (not_a_server_error, status_code_conformance,
    content_type_conformance, response_schema_conformance, response_headers_conformance,
    missing_required_header, unsupported_method, allow_header_conformance, ignored_auth …),
    with the two data checks narrowed as described above. Sent in-process to the seeded app,
    always as the signed-in administrator."""
    case.call_and_validate(
        app=seeded.app,
        headers=_request_headers(case, seeded.token),
        excluded_checks=[positive_data_acceptance, negative_data_rejection],
        additional_checks=[
            positive_data_acceptance_save_unissued_cursors,
            negative_data_rejection_or_413,
        ],
    )


# The document itself


@pytest.fixture(scope="module")
def openapi_document(seeded: Seeded) -> dict[str, Any]:
    with schemathesis_asgi.get_client(seeded.app) as client:
        response = client.get(OPENAPI_PATH)
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "patch", "delete", "head", "options"}:
                yield method.upper(), path, operation


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    return schema


def test_errors_are_documented_as_problem_documents(openapi_document: dict[str, Any]) -> None:
    for method, path, operation in _operations(openapi_document):
        responses = operation["responses"]
        for status in ("401", "404", "422", "500"):
            assert status in responses, (method, path, status)
        for status, response in responses.items():
            if status[0] not in "45":
                continue
            content = response.get("content", {})
            assert list(content) == [PROBLEM], (method, path, status, list(content))
            problem = _resolve(openapi_document, content[PROBLEM]["schema"])
            assert {"type", "title", "status"} <= set(problem["required"]), (method, path)
            assert "detail" in problem["properties"]
            if status == "422":
                assert "errors" in problem["required"], (method, path)
                item = _resolve(openapi_document, problem["properties"]["errors"]["items"])
                assert {"loc", "msg"} <= set(item["required"]), (method, path)


def test_successful_responses_have_models(openapi_document: dict[str, Any]) -> None:
    """A client can be generated: every 2xx with a body names its schema."""
    for method, path, operation in _operations(openapi_document):
        successes = {s: r for s, r in operation["responses"].items() if s.startswith("2")}
        assert len(successes) == 1, (method, path, list(successes))
        ((status, response),) = successes.items()
        if status == "204":
            assert "content" not in response, (method, path)
            continue
        schema_ = response["content"]["application/json"]["schema"]
        assert schema_ and schema_ != {}, (method, path, status)
        if method == "POST" and status == "201":
            assert "Location" in response.get("headers", {}), (method, path, "Location")


# Every route of API.md's "Auth and accounts", "Categories" and "Threads and posts".
API_MD_ROUTES = """
POST /auth/register
POST /auth/token
POST /auth/refresh
POST /auth/logout
GET /me
PATCH /me
POST /me/tokens
GET /me/tokens
DELETE /me/tokens/{id}
GET /users/{username}
PUT /users/{username}/role
POST /render
GET /categories
GET /categories/{slug}
POST /categories
PATCH /categories/{slug}
GET /threads
POST /threads
GET /threads/{id}
PATCH /threads/{id}
DELETE /threads/{id}
GET /threads/{id}/posts
POST /threads/{id}/posts
GET /posts/{id}
PATCH /posts/{id}
DELETE /posts/{id}
GET /posts/{id}/revisions
PUT /posts/{id}/reactions/{kind}
DELETE /posts/{id}/reactions/{kind}
"""


def _shape(path: str) -> str:
    """A path with its parameter names erased: /threads/{thread_id} → /threads/{}."""
    return re.sub(r"\{[^}]+\}", "{}", path)


def test_every_documented_route_is_in_the_openapi_document(
    openapi_document: dict[str, Any],
) -> None:
    present = {
        (method, _shape(path.removeprefix("/api/v1")))
        for method, path, _ in _operations(openapi_document)
    }
    expected = {
        (line.split()[0], _shape(line.split()[1])) for line in API_MD_ROUTES.strip().splitlines()
    }
    missing = sorted(expected - present)
    assert not missing, f"routes in API.md but not in the OpenAPI document: {missing}"


def test_schemathesis_tests_the_served_document(openapi_document: dict[str, Any]) -> None:
    assert openapi_document == _openapi_document()


def test_openapi_paths_are_versioned(openapi_document: dict[str, Any]) -> None:
    for _method, path, _operation in _operations(openapi_document):
        assert path.startswith("/api/v1/"), path
    assert "/healthz" not in openapi_document["paths"]
    assert openapi_document["openapi"].startswith("3.")
