"""Across processes through Redis pub/sub, and without it: a reply committed by one process
reaches the streams of another; a Redis that is away never fails a request nor a stream
(this process's readers still get their events), and once it is back a process catches up
from the outbox on what the others committed meanwhile.

The Redis tests use the machine's Redis (REDIS_URL, each test on a channel of its own) and,
for the restart, a private `redis-server` of their own."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from app.config import Settings
from tests.core.test_redis_outage import PrivateRedis, free_port, silent_server
from tests.helpers import Forum, Member
from tests.live.streams import served, stream
from tests.moderation.fixtures import site as in_process_site


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("Redis tests skipped: set REDIS_URL to run them")
    return url


async def reply_through(client: httpx.AsyncClient, author: Member, thread_id: int) -> int:
    response = await client.post(
        f"/threads/{thread_id}/posts", json={"body": "Sent from afar."}, headers=author.headers
    )
    assert response.status_code == 201, response.text
    post_id: int = response.json()["id"]
    return post_id


async def test_a_reply_through_another_app_arrives_through_redis(
    settings: Settings, redis_url: str
) -> None:
    async with (
        served(settings, redis_url=redis_url) as a,
        in_process_site(settings, redis_url=redis_url) as b,
    ):
        alice = await a.forum.member()
        thread = await a.forum.thread(alice)
        async with stream(a.url, thread["id"], alice) as events:
            started = time.monotonic()
            post_id = await reply_through(b.client, alice, thread["id"])
            event = await events.next(1.0)
            assert (event.name, event.data["id"]) == ("post.created", post_id)
            assert time.monotonic() - started < 1.0
            # A's own commit arrives once: directly, and its echo from Redis is dropped.
            own = await a.forum.reply(alice, thread["id"])
            assert (await events.next(1.0)).data["id"] == own["id"]
            await events.quiet(0.5)


@contextlib.contextmanager
def village_serve(
    settings: Settings, redis_url: str | None, tmp_path: Path, name: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`village serve` in a process of its own on a free port; yields its base URL and
    the process."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    env |= {
        "ENVIRONMENT": "test",
        "DATABASE_URL": settings.database_url,
        **({"REDIS_URL": redis_url} if redis_url else {}),
        "WORKER_IN_PROCESS": "false",  # the outbox worker is not what these tests are about
        "SECRET_KEY": settings.secret_key,
        "SECRET_KEY_FILE": str(tmp_path / "secret"),
        "RATE_LIMIT_KEY_PREFIX": settings.rate_limit_key_prefix,
        "RATE_LIMITS_ENABLED": "false",
        "NEW_MEMBER_HOURS": "0",
        "DUPLICATE_POST_MINUTES": "0",
        "FRONTEND_DIST": str(tmp_path / "no-frontend"),
    }
    village = Path(sys.executable).parent / "village"
    log_path = tmp_path / f"{name}.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
            [str(village), "serve", "--port", str(port)],
            cwd=tmp_path,  # no .env of the checkout
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"village serve did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.1)
        yield url, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)


@pytest.mark.postgres_only
async def test_two_server_processes_share_live_events(
    settings: Settings, forum: Forum, redis_url: str, tmp_path: Path
) -> None:
    """A client streaming thread X from process A receives a reply posted through process B
    within 1 s (both real `village serve` processes on the test database and Redis)."""
    alice = await forum.member()
    bob = await forum.member()
    thread = await forum.thread(alice)
    with (
        village_serve(settings, redis_url, tmp_path, "a") as (a, _),
        village_serve(settings, redis_url, tmp_path, "b") as (b, _),
    ):
        async with (
            stream(a, thread["id"], alice) as events,
            httpx.AsyncClient(base_url=f"{b}/api/v1", timeout=5) as through_b,
        ):
            for _ in range(3):
                started = time.monotonic()
                post_id = await reply_through(through_b, bob, thread["id"])
                event = await events.next(1.0)
                assert (event.name, event.data["id"]) == ("post.created", post_id)
                assert time.monotonic() - started < 1.0


async def test_redis_at_a_closed_port_fails_no_request_and_no_stream(settings: Settings) -> None:
    async with served(settings, redis_url=f"redis://127.0.0.1:{free_port()}/0") as site:
        alice = await site.forum.member()
        thread = await site.forum.thread(alice)
        async with stream(site.url, thread["id"], alice) as events:
            reply = await site.forum.reply(alice, thread["id"])  # 201, checked by the helper
            assert (await events.next(1.0)).data["id"] == reply["id"]
            again = await site.forum.reply(alice, thread["id"])
            assert (await events.next(1.0)).data["id"] == again["id"]


async def test_a_redis_that_does_not_answer_slows_no_reply(settings: Settings) -> None:
    async with silent_server() as port:
        # A publish that waited for this Redis would take its whole timeout.
        overrides = {"redis_url": f"redis://127.0.0.1:{port}/0", "redis_timeout_seconds": 3.0}
        async with served(settings, **overrides) as site:
            alice = await site.forum.member()
            thread = await site.forum.thread(alice)
            async with stream(site.url, thread["id"], alice) as events:
                for _ in range(3):
                    started = time.monotonic()
                    reply = await site.forum.reply(alice, thread["id"])
                    assert time.monotonic() - started < 1.5  # publishing is off the request
                    # This process's streams have it well before the 3 s Redis timeout
                    # (the bound leaves room for a busy CI machine).
                    assert (await events.next(2.5)).data["id"] == reply["id"]


@pytest.fixture
async def private_redis(tmp_path: Path) -> AsyncIterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    try:
        await server.start()
    except (OSError, AssertionError):
        pytest.skip("redis-server is not installed: the Redis restart test needs one")
    try:
        yield server
    finally:
        await server.stop()


async def test_after_a_redis_restart_a_process_catches_up_from_the_outbox(
    settings: Settings, private_redis: PrivateRedis
) -> None:
    """A reply committed by B while Redis was down is not lost to A's readers: A's
    subscriber reconnects and reads what it missed from the outbox."""
    overrides = {"redis_url": private_redis.url, "redis_retry_seconds": 0.5}
    async with served(settings, **overrides) as a, in_process_site(settings, **overrides) as b:
        alice = await a.forum.member()
        thread = await a.forum.thread(alice)
        async with stream(a.url, thread["id"], alice) as events:
            first = await reply_through(b.client, alice, thread["id"])
            assert (await events.next(1.0)).data["id"] == first

            await private_redis.stop()
            while_down = await reply_through(b.client, alice, thread["id"])  # 201 all the same
            await asyncio.sleep(0.3)
            await private_redis.start()

            event = await events.next(5.0)
            assert (event.name, event.data["id"]) == ("post.created", while_down)
            # And through Redis again.
            after = await reply_through(b.client, alice, thread["id"])
            assert (await events.next(2.0)).data["id"] == after
            await events.quiet()


async def test_a_server_shutting_down_ends_its_streams(
    settings: Settings, forum: Forum, tmp_path: Path
) -> None:
    """uvicorn waits for every open response before it stops: the streams must notice the
    shutdown and end (the client reconnects elsewhere with Last-Event-ID)."""
    alice = await forum.member()
    thread = await forum.thread(alice)
    with village_serve(settings, None, tmp_path, "a") as (url, server):
        async with stream(url, thread["id"], alice) as events:
            started = time.monotonic()
            server.terminate()
            await events.end(within=10)
            await asyncio.to_thread(server.wait, 10)
            assert time.monotonic() - started < 5
