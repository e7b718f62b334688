"""Every error the service can produce is a problem document (API.md, "Conventions"), every
response carries a request id, and the operations probes tell the truth about the database.

These run through HTTP, on SQLite and on PostgreSQL (the `client` / `app` fixtures).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient, Response

from app import middleware
from app.config import Settings
from app.forum import service as forum_service
from app.main import create_app
from tests.helpers import Forum, problem

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
ROOT_URL = "http://test"  # the `client` fixture is based at /api/v1; probes live outside it


def request_id(response: Response) -> str:
    value = response.headers.get("x-request-id")
    assert value, f"no X-Request-ID on {response.status_code} {response.request.url}"
    assert REQUEST_ID.match(value), value
    return value


def assert_no_internals(text: str) -> None:
    lowered = text.lower()
    for leak in ("traceback", 'file "', "runtimeerror", "sqlalchemy", "exception", ".py"):
        assert leak not in lowered, f"{leak!r} leaked into {text!r}"


# Unknown routes, wrong methods


@pytest.mark.parametrize("path", ["/does-not-exist", "/threads/1/nothing-here"])
async def test_unknown_route_is_a_404_problem(client: AsyncClient, path: str) -> None:
    response = await client.get(path)
    body = problem(response, 404, "not-found")
    assert body["detail"]
    request_id(response)


async def test_unknown_route_outside_the_api_is_a_404_problem(client: AsyncClient) -> None:
    response = await client.get(f"{ROOT_URL}/nowhere/at/all")
    problem(response, 404, "not-found")
    assert "<html" not in response.text.lower()


async def test_wrong_method_is_a_405_problem_with_allow(client: AsyncClient) -> None:
    response = await client.delete("/categories")
    body = problem(response, 405, "method-not-allowed")
    assert body["title"]
    allowed = {method.strip() for method in response.headers["allow"].split(",")}
    assert allowed - {"HEAD"} == {"GET", "POST"}, allowed
    request_id(response)


async def test_wrong_method_on_an_item_route(client: AsyncClient) -> None:
    response = await client.post("/posts/1")
    problem(response, 405, "method-not-allowed")
    allowed = {method.strip() for method in response.headers["allow"].split(",")}
    assert allowed - {"HEAD"} == {"GET", "PATCH", "DELETE"}, allowed


@pytest.fixture
async def app_with_web(settings: Settings, tmp_path: Path) -> AsyncIterator[FastAPI]:
    """The app as production runs it: the single-page web app served at / beside the API."""
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><title>Village</title>")
    application = create_app(settings.model_copy(update={"frontend_dist": dist}))
    yield application
    await application.state.database.dispose()


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
async def test_unknown_api_route_is_404_beside_the_web_app(
    app_with_web: FastAPI, method: str
) -> None:
    """The web app's catch-all must not turn a missing API route into a 405 or a page."""
    transport = ASGITransport(app=app_with_web)
    async with AsyncClient(transport=transport, base_url=f"{ROOT_URL}/api/v1") as http:
        response = await http.request(method, "/does-not-exist", json={})
    problem(response, 404, "not-found")
    assert "allow" not in response.headers


async def test_wrong_method_beside_the_web_app_allows_only_api_methods(
    app_with_web: FastAPI,
) -> None:
    """`Allow` lists what the API route takes, not the web app's GET (which answers 404)."""
    transport = ASGITransport(app=app_with_web)
    async with AsyncClient(transport=transport, base_url=f"{ROOT_URL}/api/v1") as http:
        response = await http.put("/auth/register", json={})
        problem(response, 405, "method-not-allowed")
        allowed = {method.strip() for method in response.headers["allow"].split(",")}
        assert allowed - {"HEAD"} == {"POST"}, allowed
        response = await http.delete("/categories")
        problem(response, 405, "method-not-allowed")
        allowed = {method.strip() for method in response.headers["allow"].split(",")}
        assert allowed - {"HEAD"} == {"GET", "POST"}, allowed


# Validation, malformed bodies


async def test_body_validation_is_a_422_problem_with_errors(client: AsyncClient) -> None:
    response = await client.post(
        "/auth/register",
        json={"username": "no spaces allowed", "email": "not-an-email", "password": "short"},
    )
    body = problem(response, 422, "validation-error")
    assert isinstance(body["errors"], list)
    assert body["errors"], body
    for item in body["errors"]:
        assert isinstance(item["loc"], list) and item["loc"], item
        assert all(isinstance(part, str | int) for part in item["loc"]), item
        assert isinstance(item["msg"], str) and item["msg"], item
    fields = {tuple(item["loc"]) for item in body["errors"]}
    assert {("body", "username"), ("body", "email"), ("body", "password")} <= fields, fields
    assert body["detail"]
    assert_no_internals(body["detail"])


async def test_missing_body_is_a_422_problem(client: AsyncClient) -> None:
    response = await client.post("/auth/register")
    body = problem(response, 422, "validation-error")
    assert body["errors"]


@pytest.mark.parametrize(
    ("path", "params", "loc"),
    [
        ("/threads", {"limit": "0"}, ["query", "limit"]),
        ("/threads", {"limit": "lots"}, ["query", "limit"]),
        ("/threads", {"sort": "sideways"}, ["query", "sort"]),
        ("/threads/0", {}, ["path", "thread_id"]),
        ("/posts/not-a-number", {}, ["path", "post_id"]),
    ],
)
async def test_parameter_validation_is_a_422_problem(
    client: AsyncClient, path: str, params: dict[str, str], loc: list[str]
) -> None:
    response = await client.get(path, params=params)
    body = problem(response, 422, "validation-error")
    assert [item["loc"] for item in body["errors"]] == [loc], body


@pytest.mark.parametrize(
    "raw",
    [b'{"username": "alice", ', b"{not json at all}", b'{"a": 1} trailing', b"\xff\xfe\x00"],
)
async def test_malformed_json_is_a_400_problem(client: AsyncClient, raw: bytes) -> None:
    response = await client.post(
        "/auth/register", content=raw, headers={"Content-Type": "application/json"}
    )
    body = problem(response, 400, "malformed-json")
    assert "errors" not in body or isinstance(body["errors"], list)
    assert_no_internals(response.text)
    request_id(response)


async def test_malformed_json_on_an_authenticated_route(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    response = await client.post(
        "/threads",
        content=b'{"category": "x", "title": ',
        headers={**alice.headers, "Content-Type": "application/json"},
    )
    problem(response, 400, "malformed-json")


# Body size limit


def _thread_payload(category: str, title: str, padding: int) -> bytes:
    """A valid thread whose JSON is padded with white space to about `padding` bytes."""
    import json

    document = json.dumps({"category": category, "title": title, "body": "Short and valid."})
    return (document[:-1] + " " * max(padding - len(document), 0) + "}").encode()


async def _titles(client: AsyncClient) -> list[str]:
    response = await client.get("/threads", params={"limit": 100})
    assert response.status_code == 200, response.text
    return [thread["title"] for thread in response.json()["items"]]


async def test_oversize_body_with_content_length_is_413(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    alice = await forum.member()
    category = await forum.category()
    payload = _thread_payload(category["slug"], "Too big to post", settings.max_body_bytes + 1)
    assert len(payload) == settings.max_body_bytes + 1
    response = await client.post(
        "/threads",
        content=payload,
        headers={**alice.headers, "Content-Type": "application/json"},
    )
    body = problem(response, 413, "payload-too-large")
    assert str(settings.max_body_bytes) in body["detail"]
    request_id(response)
    assert "Too big to post" not in await _titles(client)


async def test_oversize_streamed_body_is_413_and_writes_nothing(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    alice = await forum.member()
    category = await forum.category()
    payload = _thread_payload(category["slug"], "Streamed too big", settings.max_body_bytes * 2)

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(payload), 4096):
            yield payload[start : start + 4096]

    response = await client.post(
        "/threads",
        content=chunks(),
        headers={**alice.headers, "Content-Type": "application/json"},
    )
    assert "content-length" not in response.request.headers
    assert response.request.headers.get("transfer-encoding") == "chunked"
    problem(response, 413, "payload-too-large")
    request_id(response)
    assert "Streamed too big" not in await _titles(client)


async def test_oversize_body_lying_content_length_is_413(
    app: FastAPI, forum: Forum, settings: Settings
) -> None:
    """A client that declares a small Content-Length but sends more is still cut off."""
    alice = await forum.member()
    category = await forum.category()
    payload = _thread_payload(category["slug"], "Lied about its size", settings.max_body_bytes * 2)
    sent: list[dict[str, Any]] = []
    chunks = [payload[i : i + 8192] for i in range(0, len(payload), 8192)]

    async def receive() -> dict[str, Any]:
        if chunks:
            chunk = chunks.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/threads",
        "raw_path": b"/api/v1/threads",
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"test"),
            (b"content-type", b"application/json"),
            (b"content-length", b"100"),
            (b"authorization", alice.headers["Authorization"].encode()),
        ],
        "client": ("127.0.0.1", 1234),
        "server": ("test", 80),
    }
    await app(scope, receive, send)
    start = next(message for message in sent if message["type"] == "http.response.start")
    assert start["status"] == 413, sent
    headers = dict(start["headers"])
    assert headers[b"content-type"].startswith(b"application/problem+json")
    assert b"x-request-id" in headers
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url=f"{ROOT_URL}/api/v1") as fresh:
        assert "Lied about its size" not in await _titles(fresh)


async def test_body_just_under_the_limit_is_accepted(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    alice = await forum.member()
    category = await forum.category()
    payload = _thread_payload(category["slug"], "Fits exactly", settings.max_body_bytes)
    assert len(payload) == settings.max_body_bytes
    response = await client.post(
        "/threads",
        content=payload,
        headers={**alice.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 201, response.text
    assert "Fits exactly" in await _titles(client)


# Unexpected exceptions


async def test_unexpected_exception_is_a_500_problem_naming_the_request_id(
    app: FastAPI, client: AsyncClient
) -> None:
    async def explode() -> None:
        raise RuntimeError("secret internals: password=hunter2 at /srv/village/app/x.py")

    app.add_api_route("/api/v1/__test_explode", explode, methods=["GET"])
    response = await client.get("/__test_explode")
    body = problem(response, 500, "internal-error")
    rid = request_id(response)
    assert rid in body["detail"]
    assert "hunter2" not in response.text
    assert "secret internals" not in response.text
    assert_no_internals(response.text)
    assert set(body) <= {"type", "title", "status", "detail"}


async def test_unexpected_exception_keeps_the_clients_request_id(
    app: FastAPI, client: AsyncClient
) -> None:
    async def explode() -> None:
        raise KeyError("boom")

    app.add_api_route("/api/v1/__test_explode_too", explode, methods=["POST"])
    response = await client.post("/__test_explode_too", headers={"X-Request-ID": "trace-1234.abc"})
    body = problem(response, 500, "internal-error")
    assert response.headers["x-request-id"] == "trace-1234.abc"
    assert "trace-1234.abc" in body["detail"]


async def test_failing_service_is_a_500_problem(
    client: AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the categories table caught fire")

    monkeypatch.setattr(forum_service, "list_categories", broken)
    response = await client.get("/categories")
    body = problem(response, 500, "internal-error")
    assert request_id(response) in body["detail"]
    assert "caught fire" not in response.text
    assert_no_internals(response.text)


# Request ids


async def test_every_response_carries_a_request_id(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    responses = [
        await client.get("/categories"),
        await client.get("/nope"),
        await client.delete("/categories"),
        await client.get("/threads", params={"limit": 0}),
        await client.post(
            "/auth/register", content=b"{", headers={"Content-Type": "application/json"}
        ),
        await client.get("/me"),
        await client.get("/me", headers=alice.headers),
        await client.get(f"{ROOT_URL}/healthz"),
        await client.get(f"{ROOT_URL}/readyz"),
        await client.get("/openapi.json"),
    ]
    statuses = [response.status_code for response in responses]
    assert statuses == [200, 404, 405, 422, 400, 401, 200, 200, 200, 200], statuses
    ids = [request_id(response) for response in responses]
    assert len(set(ids)) == len(ids), "request ids must differ between requests"


@pytest.mark.parametrize("incoming", ["abcdef12", "trace-0123456789.ABC_def", "a" * 64])
async def test_valid_incoming_request_id_is_echoed(client: AsyncClient, incoming: str) -> None:
    response = await client.get("/categories", headers={"X-Request-ID": incoming})
    assert response.headers["x-request-id"] == incoming
    response = await client.get("/nope", headers={"X-Request-ID": incoming})
    assert response.headers["x-request-id"] == incoming


@pytest.mark.parametrize("incoming", ["short", "has space in it", "a" * 65, "semi;colon-123", ""])
async def test_odd_incoming_request_id_is_replaced(client: AsyncClient, incoming: str) -> None:
    response = await client.get("/categories", headers={"X-Request-ID": incoming})
    assert response.status_code == 200
    assert request_id(response) != incoming


async def test_request_id_header_appears_once(client: AsyncClient) -> None:
    response = await client.get("/categories", headers={"X-Request-ID": "only-once-123"})
    assert response.headers.get_list("x-request-id") == ["only-once-123"]


# Operations probes


async def test_healthz(client: AsyncClient) -> None:
    response = await client.get(f"{ROOT_URL}/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_when_the_database_answers(client: AsyncClient) -> None:
    response = await client.get(f"{ROOT_URL}/readyz")
    assert response.status_code == 200, response.text
    # No REDIS_URL in the test settings: the body names the database alone.
    assert response.json() == {"status": "ready", "database": "ok"}


UNREACHABLE_DATABASES = pytest.mark.parametrize(
    "bad_url",
    [
        "postgresql+asyncpg://postgres@127.0.0.1:1/village_nowhere",
        "sqlite+aiosqlite:///{tmp}/no/such/directory/village.db",
    ],
    ids=["postgresql-closed-port", "sqlite-missing-directory"],
)


async def _dispose_unreachable(app: FastAPI) -> None:
    """Disposes of the engine, then lets aiosqlite's worker threads finish before this test's
    event loop closes: after a failed connect, aiosqlite 0.22 queues its own shutdown with a
    future nobody awaits, and the thread then fails on the closed loop (a pytest warning)."""
    await app.state.database.dispose()
    for _ in range(100):
        if not any("_connection_worker_thread" in t.name for t in threading.enumerate()):
            return
        await asyncio.sleep(0.02)


def _unreachable_app(tmp_path: Path, bad_url: str) -> FastAPI:
    settings = Settings(
        environment="test",
        database_url=bad_url.format(tmp=tmp_path),
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        secret_key_file=tmp_path / "secret",
        redis_url=None,
        cors_origins=[],
        frontend_dist=None,
        rate_limits_enabled=False,
    )
    return create_app(settings)


@UNREACHABLE_DATABASES
async def test_readyz_is_503_when_the_database_is_unreachable(tmp_path: Path, bad_url: str) -> None:
    unreachable = _unreachable_app(tmp_path, bad_url)
    try:
        transport = ASGITransport(app=unreachable)
        async with AsyncClient(transport=transport, base_url=ROOT_URL) as http:
            ready = await http.get("/readyz")
            body = problem(ready, 503, "service-unavailable")
            assert_no_internals(body["detail"] or "")
            assert "127.0.0.1" not in ready.text and str(tmp_path) not in ready.text
            request_id(ready)
            # Liveness does not depend on the database.
            health = await http.get("/healthz")
            assert health.status_code == 200
    finally:
        await _dispose_unreachable(unreachable)


@UNREACHABLE_DATABASES
async def test_api_is_503_not_500_when_the_database_is_unreachable(
    tmp_path: Path, bad_url: str
) -> None:
    """API.md: "503 dependency down (never a 500 for a known failure mode)"."""
    unreachable = _unreachable_app(tmp_path, bad_url)
    register = {"username": "alice", "email": "alice@example.org", "password": "x" * 12}
    try:
        transport = ASGITransport(app=unreachable)
        async with AsyncClient(transport=transport, base_url=f"{ROOT_URL}/api/v1") as http:
            for method, path, kwargs in [
                ("GET", "/categories", {}),
                ("GET", "/threads", {}),
                ("GET", "/users/alice", {}),
                ("POST", "/auth/register", {"json": register}),
                ("POST", "/auth/token", {"data": {"username": "alice", "password": "x" * 12}}),
            ]:
                response = await http.request(method, path, **kwargs)
                body = problem(response, 503, "service-unavailable")
                assert_no_internals(body["detail"] or "")
                request_id(response)
    finally:
        await _dispose_unreachable(unreachable)


# Authentication challenges


async def test_401_without_credentials_carries_www_authenticate(client: AsyncClient) -> None:
    response = await client.get("/me")
    problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("token", ["not-a-jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "x" * 300])
async def test_401_with_a_bad_token_carries_www_authenticate(
    client: AsyncClient, token: str
) -> None:
    for method, path in [("GET", "/me"), ("GET", "/threads"), ("POST", "/render")]:
        response = await client.request(
            method, path, headers={"Authorization": f"Bearer {token}"}, json={"body": "x"}
        )
        problem(response, 401)
        assert response.headers["www-authenticate"].startswith("Bearer"), (method, path)


async def test_401_for_wrong_password_carries_www_authenticate(
    client: AsyncClient, forum: Forum
) -> None:
    alice = await forum.member()
    response = await client.post(
        "/auth/token", data={"username": alice.username, "password": "wrong password!"}
    )
    problem(response, 401, "invalid-credentials")
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_401_for_a_bad_refresh_token_carries_www_authenticate(client: AsyncClient) -> None:
    response = await client.post("/auth/refresh", json={"refresh_token": "not-one-of-ours"})
    problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_problem_documents_never_are_html(client: AsyncClient) -> None:
    for response in [
        await client.get("/nope", headers={"Accept": "text/html"}),
        await client.delete("/categories", headers={"Accept": "text/html"}),
        await client.get("/me", headers={"Accept": "text/html"}),
    ]:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "<" not in response.text


def _child_request_id(out: Any) -> None:
    out.put(middleware._request_ids.new())


def test_request_ids_are_unique_and_a_forked_worker_draws_its_own_prefix() -> None:
    ids = {middleware._request_ids.new() for _ in range(1000)}
    assert len(ids) == 1000 and all(REQUEST_ID.match(value) for value in ids)
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    child = context.Process(target=_child_request_id, args=(out,))
    child.start()
    theirs = out.get(timeout=10)
    child.join(10)
    ours = middleware._request_ids.new()
    assert REQUEST_ID.match(theirs) and theirs[:16] != ours[:16]
