"""Notifications made by a standalone `village worker` reach the members' streams on every
server process: through Redis (the worker publishes its commits' events on the channel the
hubs listen on), and without Redis by each hub looking at the outbox about once a second
while notification streams are open."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.config import Settings
from tests.helpers import Member
from tests.live.streams import Served, notifications, served
from tests.worker.processes import Process, worker


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("Redis tests skipped: set REDIS_URL to run them")
    return url


@contextmanager
def standalone_worker(settings: Settings, tmp_path: Path, **env: str) -> Iterator[Process]:
    process = worker(
        settings.database_url,
        tmp_path,
        rate_limit_key_prefix=settings.rate_limit_key_prefix,  # the hubs' Redis channel
        **env,
    )
    try:
        yield process
    finally:
        process.stop()


async def reply_to_first_post(site: Served, author: Member, thread: dict[str, Any]) -> int:
    reply = await site.forum.reply(author, thread["id"], reply_to=thread["first_post"]["id"])
    post_id: int = reply["id"]
    return post_id


@pytest.mark.postgres_only
async def test_a_standalone_workers_notifications_reach_both_processes_through_redis(
    settings: Settings, redis_url: str, tmp_path: Path
) -> None:
    overrides = {"redis_url": redis_url, "worker_in_process": False}
    async with served(settings, **overrides) as a, served(settings, **overrides) as b:
        alice, bob, dave = [await a.forum.member() for _ in range(3)]
        hers, his = await a.forum.thread(alice), await a.forum.thread(dave)
        with standalone_worker(settings, tmp_path, redis_url=redis_url) as process:
            await process.logged("worker started")
            async with notifications(a.url, alice) as on_a, notifications(b.url, dave) as on_b:
                for _ in range(2):
                    started = time.monotonic()
                    post_id = await reply_to_first_post(b, bob, hers)
                    event = await on_a.next(1.0)
                    assert event.name == "notification.created"
                    assert event.data["post"]["id"] == post_id
                    assert time.monotonic() - started < 1.0

                    started = time.monotonic()
                    post_id = await reply_to_first_post(a, bob, his)
                    assert (await on_b.next(1.0)).data["post"]["id"] == post_id
                    assert time.monotonic() - started < 1.0
                # Each once, and never the other's.
                await on_a.quiet(0.3)
                await on_b.quiet(0.3)
            assert process.terminate() == 0


async def test_without_redis_a_hub_looks_for_a_standalone_workers_notifications(
    settings: Settings, tmp_path: Path
) -> None:
    async with served(settings, worker_in_process=False) as site:
        assert site.app.state.live_hub.polls
        alice, bob = await site.forum.member(), await site.forum.member()
        thread = await site.forum.thread(alice)
        with standalone_worker(settings, tmp_path) as process:
            await process.logged("worker started")
            async with notifications(site.url, alice) as mine:
                for _ in range(2):
                    started = time.monotonic()
                    post_id = await reply_to_first_post(site, bob, thread)
                    event = await mine.next(3.0)
                    assert event.data["post"]["id"] == post_id
                    assert time.monotonic() - started < 2.5  # the worker's poll, then the hub's
                await mine.quiet(1.5)  # looked at again: nothing shown twice
