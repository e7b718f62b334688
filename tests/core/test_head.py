"""HEAD answers wherever GET does: every GET route of the app, its path filled from a seeded
forum, answers HEAD with the GET's status and headers (Content-Length included) and no body;
a HEAD counts once against the rate limits; a 405 names HEAD beside GET in `Allow`; and HEAD
operations stay out of the OpenAPI document."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from httpx import ASGITransport, AsyncClient, Response

from app.config import Settings
from app.main import create_app, release_resources
from tests.helpers import Forum, problem

# Headers that differ between two requests by nature: each request's own id.
PER_REQUEST = {"x-request-id"}
# Routes a GET cannot be compared on through the test transport, which reads a body to its
# end: the event stream never ends. Its HEAD is checked on its own below.
STREAMS = {"/api/v1/events"}
# Answers stamped with the time they were made, whose length may differ by a digit or two.
TIME_STAMPED = {"/api/v1/me/export"}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # The webhook seeded below points at this machine, as a test receiver would.
    return settings.model_copy(update={"webhook_allow_private": True})


async def seeded_paths(client: AsyncClient, forum: Forum) -> tuple[dict[str, str], Any]:
    """Values for every path parameter of the app, from a small forum made through the API,
    and the admin who reads them."""
    admin = await forum.admin()
    member = await forum.member()
    category = await forum.category()
    thread = await forum.thread(member, category)
    reply = await forum.reply(admin, thread["id"])
    flag = await client.post(
        f"/posts/{reply['id']}/flags", json={"reason": "spam"}, headers=member.headers
    )
    assert flag.status_code == 201, flag.text
    group = await client.post(
        "/groups",
        json={"name": "Leeds North parents", "area": "Leeds North"},
        headers=admin.headers,
    )
    assert group.status_code == 201, group.text
    meetup = await client.post(
        "/meetups",
        json={
            "title": "Thursday playgroup",
            "kind": "playgroup",
            "starts_at": "2099-05-07T10:00:00+00:00",
            "ends_at": "2099-05-07T12:00:00+00:00",
            "venue": "St Mary's church hall",
            "area": "Leeds North",
            "description": "Toys, tea and a chat.",
        },
        headers=admin.headers,
    )
    assert meetup.status_code == 201, meetup.text
    webhook = await client.post(
        "/webhooks",
        json={
            "url": "http://127.0.0.1:9/hook",
            "events": ["post.created"],
            "secret": "a-webhook-secret-of-some-length",
        },
        headers=admin.headers,
    )
    assert webhook.status_code == 201, webhook.text
    values = {
        "slug": category["slug"],
        "thread_id": str(thread["id"]),
        "post_id": str(reply["id"]),
        "flag_id": str(flag.json()["id"]),
        "username": member.username,
        "meetup_id": str(meetup.json()["id"]),
        "webhook_id": str(webhook.json()["id"]),
        "group_slug": group.json()["slug"],
    }
    return values, admin


def get_paths(app: FastAPI) -> list[str]:
    """Every path of the app that answers GET, as written in its route."""
    paths = [
        route.path_format
        for route in iter_route_contexts(app.routes)
        if route.methods and "GET" in route.methods and route.path_format
    ]
    assert len(paths) > 30, paths  # the walk found the API's routes, not just the docs
    return paths


def fill(path: str, values: dict[str, str]) -> str:
    filled = re.sub(r"{(\w+)(:\w+)?}", lambda match: values[match.group(1)], path)
    if path.startswith("/api/v1/groups/"):  # a group's slug, not a category's
        filled = filled.replace(values["slug"], values["group_slug"])
    return filled


def assert_same_head(get: Response, head: Response, url: str, *, stamped: bool = False) -> None:
    assert head.status_code == get.status_code, (url, get.status_code, head.status_code)
    assert head.content == b"", url
    ignored = PER_REQUEST | {"content-length"} if stamped else PER_REQUEST

    def comparable(response: Response) -> dict[str, str]:
        return {
            name: value for name, value in response.headers.items() if name.lower() not in ignored
        }

    # Content-Length included, wherever the GET has one (a file gzipped as it streams has not).
    assert comparable(head) == comparable(get), url


async def test_head_answers_like_get_on_every_get_route(
    app: FastAPI, client: AsyncClient, forum: Forum
) -> None:
    values, admin = await seeded_paths(client, forum)
    key = await client.post("/me/calendar-key", headers=admin.headers)
    assert key.status_code == 201, key.text
    queries = {
        "/api/v1/me/calendar.ics": {"key": key.json()["url"].rpartition("key=")[2]},
        "/api/v1/search": {"q": "normal"},
        "/api/v1/users": {"prefix": "mem"},
        "/api/v1/areas": {"prefix": "leeds"},
    }
    transport = ASGITransport(app=app)
    statuses: dict[str, int] = {}
    lengths = 0
    async with AsyncClient(transport=transport, base_url="http://test") as root:
        for path in get_paths(app):
            if path in STREAMS:
                continue
            url = fill(path, values)
            # gzip on: a compressed answer's length is the one HEAD must repeat.
            headers = {**admin.headers, "Accept-Encoding": "gzip"}
            params = queries.get(path, {})
            get = await root.get(url, headers=headers, params=params)
            head = await root.head(url, headers=headers, params=params)
            assert_same_head(get, head, url, stamped=path in TIME_STAMPED)
            statuses[path] = get.status_code
            lengths += "content-length" in head.headers
    # Nearly every route found what it was asked for, so the comparison is of real answers.
    found = [path for path, status in statuses.items() if status == 200]
    assert len(found) >= len(statuses) - 3, statuses
    assert lengths >= len(statuses) - 5, "most answers have a Content-Length to compare"


async def test_head_of_a_conditional_get_is_a_304(client: AsyncClient) -> None:
    first = await client.get("/categories")
    etag = first.headers["etag"]
    head = await client.head("/categories", headers={"If-None-Match": etag})
    assert head.status_code == 304 and head.headers["etag"] == etag
    assert head.content == b""


async def test_head_of_a_problem_keeps_its_headers(client: AsyncClient) -> None:
    get = await client.get("/no-such-thing")
    head = await client.head("/no-such-thing")
    problem(get, 404, "not-found")
    assert head.status_code == 404 and head.content == b""
    assert head.headers["content-type"] == "application/problem+json"
    assert head.headers["content-length"] == get.headers["content-length"]


async def test_head_of_an_event_stream_sends_the_head_and_ends(
    app: FastAPI, client: AsyncClient, forum: Forum
) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    head = await client.head("/events", params={"thread": thread["id"]})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("text/event-stream")
    # The stream was let go at once: the hub holds no reader.
    assert app.state.live_hub.open_streams == 0


async def test_head_is_counted_once_against_the_rate_limit(settings: Settings) -> None:
    app = create_app(
        settings.model_copy(update={"rate_limits_enabled": True, "rate_limit_default": "3/minute"})
    )
    try:
        transport = ASGITransport(app=app, client=("203.0.113.7", 40000))
        async with AsyncClient(transport=transport, base_url="http://test/api/v1") as client:
            remaining = [
                int((await client.head("/categories")).headers["ratelimit-remaining"]),
                int((await client.get("/categories")).headers["ratelimit-remaining"]),
                int((await client.head("/categories")).headers["ratelimit-remaining"]),
            ]
            assert remaining == [2, 1, 0]
            refused = await client.head("/categories")
            assert refused.status_code == 429 and refused.content == b""
            assert "retry-after" in refused.headers
    finally:
        await release_resources(app)


async def test_405_names_head_wherever_get_is_allowed(client: AsyncClient) -> None:
    response = await client.delete("/categories")
    problem(response, 405, "method-not-allowed")
    allowed = [method.strip() for method in response.headers["allow"].split(",")]
    assert "GET" in allowed and "HEAD" in allowed and "POST" in allowed
    # A path without GET does not gain HEAD, and HEAD there is a 405 too.
    post_only = await client.get("/auth/token")
    problem(post_only, 405, "method-not-allowed")
    assert "HEAD" not in post_only.headers["allow"]
    head = await client.head("/auth/token")
    assert head.status_code == 405 and head.headers["allow"] == post_only.headers["allow"]


def test_head_operations_stay_out_of_the_openapi_document(app: FastAPI) -> None:
    paths = app.openapi()["paths"]
    assert not [path for path, item in paths.items() if "head" in item]


@pytest.fixture
async def web(settings: Settings, tmp_path: Path) -> AsyncIterator[AsyncClient]:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text('<!doctype html><div id="root"></div>')
    (dist / "assets" / "index-abc123.js").write_text("console.log('village')" * 100)
    application = create_app(settings.model_copy(update={"frontend_dist": dist}))
    async with AsyncClient(transport=ASGITransport(app=application), base_url="http://test") as c:
        yield c
    await release_resources(application)


async def test_head_on_the_web_app_and_its_assets(web: AsyncClient) -> None:
    for path in ("/", "/t/42", "/assets/index-abc123.js", "/assets/missing.js"):
        get = await web.get(path)
        head = await web.head(path)
        assert_same_head(get, head, path)
