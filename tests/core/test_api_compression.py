"""The API's JSON is gzipped for a client that accepts it once it is over about 1 KB
(app/compression.py): the same JSON arrives decoded, conditional GETs still answer 304 with
either coding, problems stay problems, and the live event stream is never compressed."""

from __future__ import annotations

import gzip
import json
from typing import Any

from httpx import ASGITransport, AsyncClient, Response
from starlette.applications import Starlette
from starlette.responses import Response as StarletteResponse
from starlette.routing import Route

from app.compression import MINIMUM_SIZE, ApiCompressionMiddleware
from app.config import Settings
from tests.helpers import Forum
from tests.live.streams import WAIT, served

LONG_BODY = "We tried everything: white noise, a later bedtime, an earlier one. " * 30


async def raw_get(client: AsyncClient, path: str, **headers: str) -> tuple[Response, bytes]:
    """The response and its body as sent on the wire, not decoded."""
    async with client.stream("GET", path, headers=headers) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    return response, raw


def vary(response: Response) -> list[str]:
    return [part.strip().lower() for part in response.headers.get("vary", "").split(",")]


async def long_thread(forum: Forum) -> dict[str, Any]:
    author = await forum.member()
    thread = await forum.thread(author, body=LONG_BODY)
    for _ in range(3):
        await forum.reply(author, thread["id"], body=LONG_BODY)
    return thread


async def test_large_json_is_gzipped_for_a_client_that_accepts_it(
    client: AsyncClient, forum: Forum
) -> None:
    thread = await long_thread(forum)
    path = f"/threads/{thread['id']}/posts"
    plain, plain_raw = await raw_get(client, path, **{"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert len(plain_raw) > MINIMUM_SIZE

    for accept in ("gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8, *;q=0.1"):
        packed, raw = await raw_get(client, path, **{"Accept-Encoding": accept})
        assert packed.status_code == 200
        assert packed.headers["content-encoding"] == "gzip"
        assert packed.headers["content-type"] == "application/json"
        assert packed.headers["content-length"] == str(len(raw))
        assert len(raw) < len(plain_raw) / 3
        assert gzip.decompress(raw) == plain_raw  # the very same JSON
        assert {"authorization", "accept-encoding"} <= set(vary(packed))
        assert vary(packed).count("accept-encoding") == 1
        assert packed.headers["etag"] == plain.headers["etag"]
        assert packed.headers["etag"].startswith('W/"')
    # Uncompressed answers say they vary too, so no cache hands gzip to this client.
    assert "accept-encoding" in vary(plain)


async def test_small_answers_go_uncompressed(client: AsyncClient, forum: Forum) -> None:
    member = await forum.member()
    thread = await forum.thread(member)
    response, raw = await raw_get(client, f"/threads/{thread['id']}", **{"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert len(raw) < MINIMUM_SIZE
    assert "content-encoding" not in response.headers
    assert json.loads(raw)["id"] == thread["id"]
    assert "accept-encoding" in vary(response)


async def test_conditional_gets_answer_304_with_either_coding(
    client: AsyncClient, forum: Forum
) -> None:
    """The ETag is weak (a hash of the JSON), so it stands for the content whichever coding
    carried it (RFC 9110 8.8.1): a tag got with gzip revalidates without it, and back."""
    thread = await long_thread(forum)
    path = f"/threads/{thread['id']}/posts"
    packed, _ = await raw_get(client, path, **{"Accept-Encoding": "gzip"})
    plain, _ = await raw_get(client, path, **{"Accept-Encoding": "identity"})
    for tag in (packed.headers["etag"], plain.headers["etag"]):
        for accept in ("gzip", "identity"):
            response, raw = await raw_get(
                client, path, **{"Accept-Encoding": accept, "If-None-Match": tag}
            )
            assert response.status_code == 304, (tag, accept)
            assert raw == b""
            assert "content-encoding" not in response.headers
            assert response.headers["etag"] == tag
            # A 304 carries the Vary its 200 would (RFC 9110 15.4.5).
            assert {"authorization", "accept-encoding"} <= set(vary(response))

    await forum.reply(await forum.member(), thread["id"], body=LONG_BODY)
    changed, raw = await raw_get(
        client, path, **{"Accept-Encoding": "gzip", "If-None-Match": packed.headers["etag"]}
    )
    assert changed.status_code == 200
    assert changed.headers["etag"] != packed.headers["etag"]
    assert len(json.loads(gzip.decompress(raw))["items"]) == 5


async def test_problems_stay_problems_compressed_or_not(client: AsyncClient, forum: Forum) -> None:
    admin = await forum.admin()
    # Each unknown event kind's error lists every kind there is: well over 1 KB in all.
    payload = {"url": "ftp://x", "events": ["no.such.kind"] * 5, "secret": "s"}
    plain = await client.post("/webhooks", json=payload, headers=admin.headers)
    async with client.stream(
        "POST", "/webhooks", json=payload, headers={**admin.headers, "Accept-Encoding": "gzip"}
    ) as packed:
        raw = b"".join([chunk async for chunk in packed.aiter_raw()])
    assert packed.status_code == plain.status_code == 422
    assert packed.headers["content-type"] == "application/problem+json"
    assert len(plain.content) > MINIMUM_SIZE
    assert packed.headers["content-encoding"] == "gzip"
    assert json.loads(gzip.decompress(raw)) == plain.json()

    missing, raw = await raw_get(client, "/threads/999999", **{"Accept-Encoding": "gzip"})
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert json.loads(raw)["status"] == 404  # small: not compressed


async def test_the_event_stream_is_never_compressed(settings: Settings) -> None:
    async with served(settings, live_replay_lookback_seconds=0) as site:
        author = await site.forum.member()
        thread = await site.forum.thread(author)
        async with (
            AsyncClient(base_url=f"{site.url}/api/v1", timeout=WAIT) as client,
            client.stream(
                "GET", f"/events?thread={thread['id']}", headers={"Accept-Encoding": "gzip, br"}
            ) as response,
        ):
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            assert "content-encoding" not in response.headers
            assert "accept-encoding" not in vary(response)
            await site.forum.reply(author, thread["id"], body=LONG_BODY)
            received = b""
            async for chunk in response.aiter_raw():
                received += chunk  # the frame as written: plain text, at once
                if b"event: post.created" in received and received.endswith(b"\n\n"):
                    break
            assert LONG_BODY.split(":")[0].encode() in received


async def test_a_strong_etag_becomes_weak_when_the_body_is_compressed() -> None:
    """A strong ETag names exact bytes (RFC 9110 8.8.3); gzip changes them."""
    body = b'{"text": "' + b"x" * 4000 + b'"}'

    async def page(_request: object) -> StarletteResponse:
        return StarletteResponse(body, media_type="application/json", headers={"ETag": '"v1"'})

    app = ApiCompressionMiddleware(
        Starlette(routes=[Route("/api/v1/page", page), Route("/page", page)])
    )
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        packed, _ = await raw_get(client, "/api/v1/page", **{"Accept-Encoding": "gzip"})
        plain, _ = await raw_get(client, "/api/v1/page", **{"Accept-Encoding": "identity"})
        outside, raw = await raw_get(client, "/page", **{"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.headers["etag"] == 'W/"v1"'
    assert plain.headers["etag"] == '"v1"'
    # Outside the API's prefix nothing is touched: the web app's files are precompressed.
    assert "content-encoding" not in outside.headers and raw == body
    assert outside.headers["etag"] == '"v1"'
