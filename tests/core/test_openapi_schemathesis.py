"""The OpenAPI document is the contract a generated client relies on: schemathesis throws
generated requests (valid and invalid) at every operation, in-process, and every answer must
be one the document promises — documented status, documented content type, a body matching
the documented schema — and never a server error.

The database is a migrated SQLite file seeded with a few users, a category and a thread with
replies; every generated request is sent as a signed-in administrator, so the authenticated
routes run their real code rather than stopping at 401. The app is configured as production
runs it, with the web app served at / beside the API.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import jsonschema_rs
import pytest
import schemathesis
from alembic import command
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from hypothesis import HealthCheck, settings
from pydantic_core.core_schema import ErrorType
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.python import asgi as schemathesis_asgi
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from app.config import Settings
from app.main import create_app, release_resources
from app.openapi import documented_problem_types
from app.validation import TIME_RANGE_MESSAGE
from tests.conftest import alembic_config
from tests.helpers import Forum

OPENAPI_PATH = "/api/v1/openapi.json"
PROBLEM = "application/problem+json"


class Seeded:
    def __init__(self, app: FastAPI, token: str, ids: dict[str, Any]) -> None:
        self.app = app
        self.token = token
        self.ids = ids


def _settings(database_url: str, tmp_path: Path, frontend_dist: Path | None = None) -> Settings:
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
        # As in tests/conftest.py: generated requests should reach the handlers rather than
        # stop at a budget (rate limits have tests of their own).
        rate_limits_enabled=False,
        new_member_hours=0,
        duplicate_post_minutes=0,
        frontend_dist=frontend_dist,
        # A live stream schemathesis opens ends within a second or two, not at its read
        # timeout.
        live_stream_max_seconds=1,
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
            assert response.status_code == 200, response.text
            ids = {
                "thread_id": thread["id"],
                "post_id": reply["id"],
                "anonymous_thread_id": anonymous["id"],
                "slug": category["slug"],
                "username": alice.username,
            }
            return admin.access_token, ids
    finally:
        await release_resources(app)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    tmp_path = tmp_path_factory.mktemp("schemathesis")
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'village.db'}"
    command.upgrade(alembic_config(database_url), "head")
    # Served as in production: the web app at / beside the API (a stand-in page will do).
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><title>Village</title>")
    settings_ = _settings(database_url, tmp_path, frontend_dist=dist)
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


def _problem(response: schemathesis.Response) -> dict[str, Any]:
    content_type = ",".join(response.headers.get("content-type", []))
    if not content_type.startswith(PROBLEM):
        return {}
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


# Error types pydantic reports while parsing a request (string_too_short, value_error, …).
# A schema-valid request refused with one of these means the OpenAPI document does not state
# a rule the server applies; services report their own refusals with problem slugs instead.
PYDANTIC_ERROR_TYPES = frozenset(get_args(ErrorType))
EMAILED_TOKEN_PROBLEMS = frozenset(
    {"/problems/invalid-reset-token", "/problems/invalid-verification-token"}
)
UNSUBSCRIBE_LINK_PROBLEMS = frozenset(
    {"/problems/invalid-unsubscribe-link", "/problems/unsubscribe-link-gone"}
)


def _refused_by_a_business_rule(response: schemathesis.Response, case: schemathesis.Case) -> bool:
    """Refusals of schema-valid requests that no request schema can express."""
    problem = _problem(response)
    if response.status_code == 400 and problem.get("type") == "/problems/invalid-cursor":
        # A cursor is any string by its schema; only the ones the server issued work.
        return "cursor" in (case.query or {})
    if response.status_code == 400 and problem.get("type") in EMAILED_TOKEN_PROBLEMS:
        # So is an emailed link's token: only the ones the server mailed work.
        return isinstance(case.body, dict) and "token" in case.body
    if response.status_code in (400, 410) and problem.get("type") in UNSUBSCRIBE_LINK_PROBLEMS:
        # And an unsubscribe link's: only signed ones work, each once.
        return "token" in (case.query or {})
    if response.status_code == 422 and problem.get("errors"):
        errors = problem["errors"]
        if all(error.get("type") not in PYDANTIC_ERROR_TYPES for error in errors):
            # A service's own 422 (no such category, Idempotency-Key reused, …).
            return True
        return all(_deliberate_refusal(error, case) for error in errors)
    return False


def _deliberate_refusal(error: dict[str, Any], case: schemathesis.Case) -> bool:
    """Input rules the server applies on purpose that JSON Schema cannot state reasonably."""
    message = str(error.get("msg", ""))
    if "must not contain NUL characters" in message:
        # app/validation.py: PostgreSQL text cannot hold NUL, so it is refused everywhere.
        sent = json.dumps([case.body, case.query, case.path_parameters], default=str)
        return "\\u0000" in sent
    if TIME_RANGE_MESSAGE in message:
        # app/validation.py: a time's year is 1970..9998; `format: date-time` allows 0000..9999.
        return True
    # email-validator refuses addresses on domains that cannot receive mail (.test, .invalid,
    # .local, …), which `format: email` allows.
    return error.get("loc", [])[-1:] == ["email"] and "special-use or reserved name" in message


def positive_data_acceptance_or_business_rule(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """The built-in check (a schema-valid request is accepted), except where a business rule
    refused it: see `_refused_by_a_business_rule`."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        if _refused_by_a_business_rule(response, case):
            return None
        raise


def negative_data_rejection_or_413(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """The built-in check (a schema-violating request is refused), also counting 413 (body
    over the size limit) as a refusal."""
    if (
        response.status_code == 413
        and _problem(response).get("type") == "/problems/payload-too-large"
    ):
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
    # Bound to the app, so the checks' own probes (an unauthenticated retry for
    # `ignored_auth`) go in-process too.
    case.operation.schema.app = seeded.app
    case.call_and_validate(
        app=seeded.app,
        headers=_request_headers(case, seeded.token),
        excluded_checks=[positive_data_acceptance, negative_data_rejection],
        additional_checks=[
            positive_data_acceptance_or_business_rule,
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


def _resolve_once(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas[schema["$ref"].removeprefix("#/components/schemas/")]  # type: ignore[no-any-return]


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    return schema


def test_errors_are_documented_as_problem_documents(openapi_document: dict[str, Any]) -> None:
    for method, path, operation in _operations(openapi_document):
        responses = operation["responses"]
        # Each operation lists its own statuses (tests/contract.py holds the answers to
        # them); a defect and a database away are possible everywhere.
        for status in ("500", "503"):
            assert status in responses, (method, path, status)
        for status, response in responses.items():
            if status[0] not in "45":
                continue
            content = response.get("content", {})
            assert list(content) == [PROBLEM], (method, path, status, list(content))
            schemas = openapi_document["components"]["schemas"]
            assert documented_problem_types(response, schemas), (method, path, status)
            # Each problem type's schema is the base problem narrowed to its `type`.
            schema = content[PROBLEM]["schema"]
            named = _resolve_once(openapi_document, schema.get("oneOf", [schema])[0])
            base, _narrowed = named["allOf"]
            problem = _resolve(openapi_document, base)
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
        # JSON, or one named non-JSON type (a meet-up's calendar is text/calendar).
        content = response["content"]
        media_type = "application/json" if "application/json" in content else None
        if media_type is None:
            assert len(content) == 1, (method, path, list(content))
            (media_type,) = content
        schema_ = content[media_type]["schema"]
        assert schema_ and schema_ != {}, (method, path, status)


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


# The server and the document agree on what is a valid request. Schemathesis finds cases like
# these by chance; here they are pinned down, each found by it once. Each request is judged by
# the document's own JSON Schema: schema-valid must be accepted (2xx), schema-invalid refused.


class Targets:
    def __init__(self, client: Any, headers: dict[str, str], ids: dict[str, Any]) -> None:
        self.client = client
        self.headers = headers
        self.ids = ids


@pytest.fixture
def targets(seeded: Seeded) -> Iterator[Targets]:
    """A category, a thread and a reply of the administrator's own, made for one test."""
    suffix = uuid.uuid4().hex[:8]
    headers = {"Authorization": f"Bearer {seeded.token}"}
    with schemathesis_asgi.get_client(seeded.app) as client:
        category = client.post(
            "/api/v1/categories",
            json={"slug": f"agree-{suffix}", "name": f"Agree {suffix}"},
            headers=headers,
        )
        assert category.status_code == 201, category.text
        thread = client.post(
            "/api/v1/threads",
            json={"category": f"agree-{suffix}", "title": "A thread", "body": "A first post."},
            headers=headers,
        )
        assert thread.status_code == 201, thread.text
        ids = {
            "slug": f"agree-{suffix}",
            "thread_id": thread.json()["id"],
            "post_id": thread.json()["first_post"]["id"],
            "suffix": suffix,
        }
        yield Targets(client, headers, ids)


EMOJI_BODY = "\N{SMILING FACE WITH OPEN MOUTH}" * 20_000  # 20,000 characters, 80,000 bytes

AGREEMENT_CASES = [
    pytest.param("POST", "/threads/{thread_id}/posts", {"body": "   "}, id="blank-reply-body"),
    pytest.param("PATCH", "/posts/{post_id}", {"body": "\n\t "}, id="blank-edited-body"),
    pytest.param(
        "POST",
        "/threads",
        {"category": "{slug}", "title": "  ab  ", "body": "Hello"},
        id="title-short-once-stripped",
    ),
    pytest.param(
        "POST",
        "/threads",
        {"category": "{slug}", "title": "A fine title" + " " * 200, "body": "Hello"},
        id="title-long-before-stripping",
    ),
    pytest.param("PATCH", "/me", {"display_name": "   "}, id="blank-display-name"),
    pytest.param("PATCH", "/threads/{thread_id}", {"is_locked": 0}, id="integer-as-boolean"),
    pytest.param("PATCH", "/threads/{thread_id}", {"is_pinned": "true"}, id="string-as-boolean"),
    pytest.param(
        "POST",
        "/threads",
        {"category": "{slug}", "title": "Anonymous?", "body": "Hello", "anonymous": 1},
        id="integer-as-boolean-on-create",
    ),
    pytest.param(
        "POST", "/threads/{thread_id}/posts", {"body": EMOJI_BODY}, id="longest-valid-body"
    ),
    pytest.param("POST", "/render", {"body": EMOJI_BODY}, id="longest-valid-preview"),
]


def _fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str) and "{" in value and len(value) < 100:
        return value.format(**ids)
    if isinstance(value, dict):
        return {key: _fill(item, ids) for key, item in value.items()}
    return value


def _body_validator(document: dict[str, Any], method: str, path: str) -> Any:
    operation = document["paths"][f"/api/v1{path}"][method.lower()]
    body_schema = operation["requestBody"]["content"]["application/json"]["schema"]
    root = {**body_schema, "components": document["components"]}
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True)


@pytest.mark.parametrize(("method", "path", "body"), AGREEMENT_CASES)
def test_server_and_document_agree_on_validity(
    openapi_document: dict[str, Any], targets: Targets, method: str, path: str, body: Any
) -> None:
    body = _fill(body, targets.ids)
    schema_valid = _body_validator(openapi_document, method, path).is_valid(body)
    response = targets.client.request(
        method, "/api/v1" + path.format(**targets.ids), json=body, headers=targets.headers
    )
    if schema_valid:
        assert 200 <= response.status_code < 300, (
            f"the document says this {method} {path} body is valid, the server refused it: "
            f"{response.status_code} {response.text[:500]}"
        )
    else:
        assert response.status_code in (400, 413, 422), (
            f"the document says this {method} {path} body is invalid, the server took it: "
            f"{response.status_code} {response.text[:500]}"
        )


def test_optional_authentication_is_documented(
    openapi_document: dict[str, Any], targets: Targets
) -> None:
    """Where a route serves anonymous readers, its `security` must allow none (`{}`), or a
    generated client insists on a token; where it answers 401, it must require one."""
    values = {
        "thread_id": targets.ids["thread_id"],
        "post_id": targets.ids["post_id"],
        "slug": targets.ids["slug"],
        "username": "alice",
        "kind": "heart",
    }
    wrong = []
    for method, path, operation in _operations(openapi_document):
        url = re.sub(r"\{([^}]+)\}", lambda m: str(values.get(m.group(1), 1)), path)
        form = "application/x-www-form-urlencoded" in operation.get("requestBody", {}).get(
            "content", {}
        )
        kwargs: dict[str, Any] = {"data": {}} if form else {"json": {}}
        if method in {"GET", "DELETE"}:
            kwargs = {}
        response = targets.client.request(method, url, **kwargs)
        security = operation.get("security")
        requires_token = bool(security) and {} not in security
        if (response.status_code == 401) != requires_token:
            wrong.append(
                f"{method} {path}: security={security}, anonymous → {response.status_code}"
            )
    assert not wrong, "security requirements that do not match the server:\n" + "\n".join(wrong)


def test_created_responses_document_location(openapi_document: dict[str, Any]) -> None:
    """API.md: "201 create (with `Location`)" — and the document says so, for client generators."""
    missing = [
        f"{method} {path}"
        for method, path, operation in _operations(openapi_document)
        if "201" in operation["responses"]
        and "location" not in {h.lower() for h in operation["responses"]["201"].get("headers", {})}
    ]
    assert not missing, f"201 responses without a documented Location header: {missing}"
