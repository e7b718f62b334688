"""The stream's edges: heartbeat, refusals (404, 422, 401, 429, 503), a stream's maximum age,
and a reader that falls behind."""

from __future__ import annotations

import asyncio
import socket

import httpx

from app.config import Settings
from app.live.subscriber import Subscriber
from tests.helpers import problem
from tests.live.streams import (
    WAIT,
    Served,
    http_client,
    no_open_streams,
    refused,
    served,
    stream,
)


async def test_heartbeat_comment_arrives(settings: Settings) -> None:
    async with served(settings, live_ping_seconds=0.2) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"]) as events:
            for _ in range(2):
                ping = await events.next(1.0, pings=True)
                assert ping.comment == "ping" and ping.name is None and ping.data is None


async def test_stream_headers(site: Served) -> None:
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    async with stream(site.url, thread["id"]) as events:
        headers = events.response.headers
        assert headers["content-type"].startswith("text/event-stream")
        assert headers["cache-control"] == "no-store"
        assert headers["x-accel-buffering"] == "no"


async def test_only_get_opens_a_stream(site: Served) -> None:
    """HEAD answers what GET would (status and headers) and opens nothing; other methods
    are 405."""
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    async with http_client(site.url) as client:
        head = await client.head(f"/events?thread={thread['id']}")
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"].startswith("text/event-stream")
        assert site.app.state.live_hub.open_streams == 0
        missing = await client.head("/events?thread=999999")
        assert missing.status_code == 404 and missing.content == b""
        response = await client.post(f"/events?thread={thread['id']}")
        problem(response, 405, "method-not-allowed")
        assert response.headers["allow"] == "GET, HEAD"
    assert site.app.state.live_hub.open_streams == 0


async def test_missing_or_deleted_thread_is_404(site: Served) -> None:
    alice = await site.forum.member()
    problem(await refused(site.url, "thread=999999"), 404, "not-found")
    moderator = await site.forum.moderator()
    thread = await site.forum.thread(alice)
    response = await site.client.delete(f"/threads/{thread['id']}", headers=moderator.headers)
    assert response.status_code == 204, response.text
    problem(await refused(site.url, f"thread={thread['id']}", alice), 404, "not-found")
    assert site.app.state.live_hub.open_streams == 0


async def test_a_thread_or_notifications_is_required_not_both(site: Served) -> None:
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    for query in ("", "notifications=false"):
        body = problem(await refused(site.url, query, alice), 422, "validation-error")
        assert body["errors"][0]["loc"] == ["query", "thread"]
    both = f"thread={thread['id']}&notifications=true"
    body = problem(await refused(site.url, both, alice), 422, "validation-error")
    assert body["errors"][0]["loc"] == ["query", "notifications"]
    problem(await refused(site.url, "notifications=maybe", alice), 422, "validation-error")
    for query in ("thread=0", "thread=abc", "thread=99999999999"):
        problem(await refused(site.url, query), 422, "validation-error")


async def test_a_bad_token_is_401_not_a_visitor_stream(site: Served) -> None:
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    response = await refused(
        site.url, f"thread={thread['id']}", headers={"Authorization": "Bearer not-a-token"}
    )
    problem(response, 401, "invalid-token")
    assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')


async def test_open_streams_are_limited_per_member_and_per_address(settings: Settings) -> None:
    async with served(settings, live_streams_per_user=2, live_streams_per_address=1) as site:
        alice = await site.forum.member()
        bob = await site.forum.member()
        thread = await site.forum.thread(alice)
        query = f"thread={thread['id']}"
        async with stream(site.url, thread["id"], alice), stream(site.url, thread["id"], alice):
            body = problem(await refused(site.url, query, alice), 429, "too-many-streams")
            assert "2" in body["detail"]
            # Another member, and a visitor, are counted apart.
            async with stream(site.url, thread["id"], bob), stream(site.url, thread["id"]):
                response = await refused(site.url, query)
                problem(response, 429, "too-many-streams")
                assert int(response.headers["retry-after"]) > 0
        # Closed streams free their places (the server notices the client left).
        await no_open_streams(site)
        async with stream(site.url, thread["id"], alice), stream(site.url, thread["id"], alice):
            pass


async def test_a_full_process_answers_503(settings: Settings) -> None:
    async with served(settings, live_max_streams=1) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"], alice):
            response = await refused(site.url, f"thread={thread['id']}")
            problem(response, 503, "service-unavailable")
            assert "retry-after" in response.headers


async def test_a_stream_ends_at_its_maximum_age(settings: Settings) -> None:
    async with served(settings, live_stream_max_seconds=0.3) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"], alice) as events:
            await events.end(within=2)
        assert site.app.state.live_hub.open_streams == 0


async def test_a_client_that_disconnects_is_forgotten(site: Served) -> None:
    alice = await site.forum.member()
    thread = await site.forum.thread(alice)
    hub = site.app.state.live_hub
    async with stream(site.url, thread["id"]):
        assert hub.open_streams == 1
    await no_open_streams(site)
    # The thread's events cost nothing now.
    await site.forum.reply(alice, thread["id"])


async def test_a_client_that_stops_reading_is_disconnected(settings: Settings) -> None:
    """A client that never reads fills its socket; the server's send then waits, and after
    LIVE_SEND_TIMEOUT_SECONDS the stream is dropped instead of holding its events."""
    async with served(settings, live_send_timeout_seconds=0.5) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        host, port = site.url.removeprefix("http://").split(":")
        with socket.socket() as stalled:
            stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            stalled.setblocking(False)
            await asyncio.get_running_loop().sock_connect(stalled, (host, int(port)))
            stalled.send(f"GET /api/v1/events?thread={thread['id']} HTTP/1.1\r\n\r\n".encode())
            hub = site.app.state.live_hub
            async with asyncio.timeout(WAIT):
                while not hub.open_streams:  # noqa: ASYNC110 (polling a counter)
                    await asyncio.sleep(0.01)
            # Large posts until the socket and the server's buffers are full (a few MB).
            body = "A long night, written out in full. " * 500
            for _ in range(400):
                await site.forum.reply(alice, thread["id"], body=body)
                if not hub.open_streams:
                    break
            assert hub.open_streams == 0


def test_a_stream_that_falls_behind_is_closed_not_grown() -> None:
    """A reader whose queue is full is dropped (its client reconnects with Last-Event-ID),
    so a slow client cannot make the server hold its events without bound."""
    subscriber = Subscriber(1, None, "ip:test", limit=3, ends_at=float("inf"))
    for event_id in range(1, 4):
        subscriber.push((event_id, b"frame"))
    assert not subscriber.closed and not subscriber.idle
    subscriber.push((4, b"frame"))  # a fourth unsent: too far behind
    assert subscriber.closed
    subscriber.push((5, b"frame"))
    assert subscriber.idle  # nothing is kept for a closed stream


async def test_http_stream_survives_an_idle_proxy_timeout(settings: Settings) -> None:
    """With pings, a client whose read timeout is longer than the ping interval never times
    out on a quiet thread."""
    async with served(settings, live_ping_seconds=0.1) as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        timeout = httpx.Timeout(WAIT, read=0.5)
        async with (
            http_client(site.url, timeout) as client,
            client.stream("GET", f"/events?thread={thread['id']}") as response,
        ):
            chunks = 0
            async for _chunk in response.aiter_bytes():
                chunks += 1
                if chunks == 5:
                    break
