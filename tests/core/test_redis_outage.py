"""Redis is an accelerator, never a single point of failure: with Redis at a closed port, or
not answering, or killed and started again, the forum serves on, `/healthz` depends on
nothing, `/readyz` reports Redis as degraded, and rate limits are counted in each process's
memory (one warning per outage) until Redis answers again.

The restart test runs a private `redis-server` of its own on a free port (never the
machine's shared one), stops it and starts it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import AsyncClient, Response

from app.config import Settings
from tests.helpers import Forum, problem
from tests.moderation.fixtures import http_client, site, unique_ip

ROOT_URL = "http://test"
LOGGER = "app.ratelimit"


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def outage_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == LOGGER and "not answering" in record.getMessage()
    ]


def recoveries(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == LOGGER and "answers again" in record.getMessage()
    ]


def limited_to(response: Response, limit: int) -> None:
    problem(response, 429, "rate-limited")
    assert int(response.headers["ratelimit-limit"]) == limit


class PrivateRedis:
    """A redis-server of the test's own, on a free port, keeping nothing on disk."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        executable = shutil.which("redis-server")
        assert executable is not None
        self._process = await asyncio.create_subprocess_exec(
            executable,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self.directory),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.05)
                continue
            writer.close()
            await writer.wait_closed()
            return

    async def stop(self) -> None:
        if self._process is not None and self._process.returncode is None:
            self._process.terminate()
            await asyncio.wait_for(self._process.wait(), 10)
        self._process = None


@pytest.fixture
async def private_redis(tmp_path: Path) -> AsyncIterator[PrivateRedis]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed: the Redis restart test needs one")
    server = PrivateRedis(tmp_path)
    try:
        yield server
    finally:
        await server.stop()


@contextlib.asynccontextmanager
async def silent_server() -> AsyncIterator[int]:
    """A port that accepts connections and never answers: a black-holed Redis."""
    held: list[asyncio.StreamWriter] = []

    async def hold(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_the_forum_serves_with_redis_at_a_closed_port(
    settings: Settings, forum: Forum, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Every request used to answer 503, `/healthz` and the web app at `/` included."""
    caplog.set_level(logging.INFO, logger=LOGGER)
    member = await forum.member()
    category = await forum.category()
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><title>Village</title>")
    async with site(
        settings,
        rate_limits_enabled=True,
        rate_limit_default="12/minute",
        redis_url=f"redis://127.0.0.1:{free_port()}/0",
        frontend_dist=dist,
        ip=unique_ip(),
    ) as limited:
        client = limited.client
        assert (await client.get(f"{ROOT_URL}/healthz")).json() == {"status": "ok"}
        ready = await client.get(f"{ROOT_URL}/readyz")
        assert ready.status_code == 200, ready.text
        assert ready.json() == {"status": "ready", "database": "ok", "redis": "degraded"}
        assert (await client.get(f"{ROOT_URL}/")).status_code == 200
        assert (await client.get("/categories")).status_code == 200
        thread = await client.post(
            "/threads",
            json={"category": category["slug"], "title": "Still here", "body": "Redis is out."},
            headers=member.headers,
        )
        assert thread.status_code == 201, thread.text
        response = await client.get(f"/threads/{thread.json()['id']}")
        assert response.status_code == 200, response.text
        response = await client.post(
            "/auth/token", data={"username": member.username, "password": member.password}
        )
        assert response.status_code == 200, response.text
        # The limits still hold, counted in this process's memory: 12 a minute per address,
        # 5 spent above (the member's own budget is separate).
        statuses = [(await client.get("/categories")).status_code for _ in range(8)]
        assert statuses == [200] * 7 + [429], statuses
        limited_to(await client.get("/categories"), 12)
        assert (await client.get(f"{ROOT_URL}/healthz")).status_code == 200
    warnings = outage_warnings(caplog)
    assert len(warnings) == 1, caplog.text
    assert "127.0.0.1" not in warnings[0]  # the Redis address (and so any password) stays out


async def test_a_silent_redis_does_not_stall_requests(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """A Redis that accepts connections and never answers costs one request the bounded
    timeout; the requests after it are counted in memory at once."""
    caplog.set_level(logging.INFO, logger=LOGGER)
    async with (
        silent_server() as port,
        site(
            settings,
            rate_limits_enabled=True,
            redis_url=f"redis://127.0.0.1:{port}/0",
            redis_timeout_seconds=0.3,
            redis_retry_seconds=60,
        ) as limited,
    ):
        started = time.monotonic()
        first = await limited.client.get("/categories")
        first_took = time.monotonic() - started
        assert first.status_code == 200, first.text
        assert first_took < 2, first_took
        started = time.monotonic()
        for _ in range(20):
            assert (await limited.client.get("/categories")).status_code == 200
        assert time.monotonic() - started < 2
        assert int(first.headers["ratelimit-remaining"]) == 599
    assert len(outage_warnings(caplog)) == 1, caplog.text


async def _spend(client: AsyncClient, times: int) -> list[int]:
    return [(await client.get("/categories")).status_code for _ in range(times)]


async def test_limits_return_to_redis_when_it_answers_again(
    settings: Settings, private_redis: PrivateRedis, caplog: pytest.LogCaptureFixture
) -> None:
    """Two app instances (two worker processes, say) share a budget in Redis; while Redis is
    down each counts its own; once it is back they share one again."""
    caplog.set_level(logging.INFO, logger=LOGGER)
    await private_redis.start()
    overrides = {
        "rate_limits_enabled": True,
        "rate_limit_default": "6/minute",
        "redis_url": private_redis.url,
        "redis_retry_seconds": 0.3,
    }
    async with site(settings, **overrides) as first, site(settings, **overrides) as second:

        async def shared_budget() -> None:
            ip = unique_ip()
            async with http_client(first.app, ip) as one, http_client(second.app, ip) as two:
                assert await _spend(one, 3) + await _spend(two, 3) == [200] * 6
                assert await _spend(one, 1) + await _spend(two, 1) == [429, 429]

        await shared_budget()
        ready = await first.client.get(f"{ROOT_URL}/readyz")
        assert ready.json() == {"status": "ready", "database": "ok", "redis": "ok"}

        await private_redis.stop()
        ip = unique_ip()
        async with http_client(first.app, ip) as one, http_client(second.app, ip) as two:
            # Each instance counts in its own memory now: six each, then 429.
            assert await _spend(one, 7) == [200] * 6 + [429]
            assert await _spend(two, 7) == [200] * 6 + [429]
        ready = await first.client.get(f"{ROOT_URL}/readyz")
        assert ready.status_code == 200
        assert ready.json()["redis"] == "degraded"
        assert len(outage_warnings(caplog)) == 2, caplog.text  # once for each instance

        await private_redis.start()
        await asyncio.sleep(0.4)  # past redis_retry_seconds: the next request asks Redis
        await shared_budget()
        assert len(recoveries(caplog)) == 2, caplog.text
        assert len(outage_warnings(caplog)) == 2, caplog.text
