"""A reply to a thread with 10,000 watchers (issue 12): the replier's latency against a reply
to a thread nobody watches, in the same run, and the time until the worker has written all
10,000 notifications.

    python -m bench.notify_fanout postgresql+asyncpg://postgres@127.0.0.1:5432/bench_fanout

The database named is dropped and created afresh, then migrated. Requests go through the
app in process (httpx on ASGI, no network), alternating between the two threads, with no
worker running, so the figure is what the request itself costs. Then the outbox is marked
done, one more reply goes to the watched thread, and `Worker` (what `village worker` runs)
is started: the clock stops when the 10,000th notification of that post is committed.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import uuid
from typing import Any

from alembic import command
from httpx import ASGITransport, AsyncClient
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from app.accounts.models import User
from app.config import Settings
from app.db import utcnow
from app.events import OutboxEvent
from app.forum.models import ThreadState
from app.main import create_app, release_resources
from app.notifications.models import Notification
from app.worker.runner import Worker
from tests.conftest import alembic_config
from tests.helpers import Forum

WATCHERS = 10_000
REPLIES = 100  # per thread


async def _fresh_database(url: str) -> None:
    parsed = make_url(url)
    admin = parsed.set(database="postgres").render_as_string(hide_password=False)
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        await connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    await engine.dispose()
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")


async def main(url: str) -> None:
    await _fresh_database(url)
    settings = Settings(
        environment="test",
        database_url=url,
        secret_key=uuid.uuid4().hex * 2,
        redis_url=None,
        argon2_time_cost=1,
        argon2_memory_kib=64,
        argon2_parallelism=1,
        rate_limits_enabled=False,
        new_member_hours=0,
        duplicate_post_minutes=0,
        frontend_dist=None,
        worker_in_process=False,
        worker_poll_seconds=0.05,
    )
    app = create_app(settings)
    database = app.state.database
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://bench/api/v1") as client:
        forum = Forum(app, client)
        author, replier = await forum.member("author"), await forum.member("replier")
        category = await forum.category()
        watched = await forum.thread(author, category, title="Watched by 10,000")
        quiet = await forum.thread(author, category, title="Watched by nobody")
        async with database.sessionmaker() as session:
            now = utcnow()
            users = [
                {
                    "username": f"watcher{i}",
                    "username_key": f"watcher{i}",
                    "email": f"watcher{i}@example.org",
                    "email_key": f"watcher{i}@example.org",
                    "password_hash": "!",
                    "display_name": f"Watcher {i}",
                    "created_at": now,
                }
                for i in range(WATCHERS)
            ]
            ids = list(await session.scalars(insert(User).returning(User.id), users))
            await session.execute(
                insert(ThreadState),
                [
                    {"user_id": user_id, "thread_id": watched["id"], "subscription": "watching"}
                    for user_id in ids
                ],
            )
            await session.execute(
                update(ThreadState)
                .where(ThreadState.thread_id == quiet["id"])
                .values(subscription="muted")
            )
            await session.commit()

        timings: dict[str, list[float]] = {"watched": [], "quiet": []}
        for i in range(REPLIES * 2 + 20):
            name, thread = ("watched", watched) if i % 2 == 0 else ("quiet", quiet)
            started = time.perf_counter()
            await forum.reply(replier, thread["id"], body=f"Reply {i}: hang in there.")
            if i >= 20:  # the first ones warm the pool and the caches
                timings[name].append((time.perf_counter() - started) * 1000)

        async with database.sessionmaker() as session:
            await session.execute(update(OutboxEvent).values(dispatched_at=utcnow()))
            await session.commit()
        post = await forum.reply(replier, watched["id"], body="The one to fan out.")
        worker = Worker(database, settings)
        started = time.perf_counter()
        task = asyncio.create_task(worker.run())
        count = 0
        while count < WATCHERS:
            await asyncio.sleep(0.02)
            async with database.sessionmaker() as session:
                count = int(
                    await session.scalar(
                        select(func.count()).where(Notification.post_id == post["id"])
                    )
                    or 0
                )
        fan_out = time.perf_counter() - started
        worker.stop()
        await task

    await release_resources(app)
    report: dict[str, Any] = {}
    for name, values in timings.items():
        values.sort()
        report[name] = (statistics.median(values), values[int(len(values) * 0.95) - 1])
    (wm, wp), (qm, qp) = report["watched"], report["quiet"]
    print(f"reply to a thread with {WATCHERS:,} watchers: median {wm:.2f} ms, p95 {wp:.2f} ms")
    print(f"reply to a thread with no watchers:      median {qm:.2f} ms, p95 {qp:.2f} ms")
    print(f"ratio of medians: {wm / qm:.3f}")
    print(f"all {count:,} notifications written {fan_out:.2f} s after the worker started")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
