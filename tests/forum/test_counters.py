"""The counter check (`village check-counters`): clean on a fresh and on a busy forum, and
it finds every counter planted wrong, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from httpx import AsyncClient
from sqlalchemy import update

from app.accounts.models import User
from app.counters import Drift, find_drift
from app.forum.models import Category, Thread
from app.moderation.models import QueueItem
from tests.forum.conftest import when
from tests.helpers import Forum, assert_counters_exact


async def drift_of(app: Any) -> list[Drift]:
    async with app.state.database.engine.connect() as connection:
        return await find_drift(connection)


async def write(app: Any, *statements: Any) -> None:
    async with app.state.database.sessionmaker() as session, session.begin():
        for statement in statements:
            await session.execute(statement)


async def busy_forum(client: AsyncClient, forum: Forum) -> dict[str, Any]:
    """Threads, replies (some anonymous), deletions, a move, flags and a review: every kind
    of write that keeps a counter."""
    alice, bob, carol = [await forum.member() for _ in range(3)]
    moderator = await forum.moderator()
    sleep, food = await forum.category(), await forum.category()
    kept = await forum.thread(alice, sleep)
    moved = await forum.thread(bob, sleep, title="Moved along")
    doomed = await forum.thread(carol, food, title="Going away")
    hidden = await forum.thread(alice, food, title="Anonymous worries", anonymous=True)
    replies = [
        await forum.reply(who, thread["id"], body=f"reply {n}", anonymous=n % 3 == 0)
        for n, (who, thread) in enumerate(
            [(bob, kept), (carol, kept), (alice, moved), (bob, doomed), (carol, hidden)] * 2
        )
    ]
    assert (await client.delete(f"/posts/{replies[1]['id']}", headers=carol.headers)).is_success
    deleted = await client.delete(f"/posts/{replies[2]['id']}", headers=moderator.headers)
    assert deleted.status_code == 204
    response = await client.patch(
        f"/threads/{moved['id']}", json={"category": food["slug"]}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    assert (await client.delete(f"/threads/{doomed['id']}", headers=moderator.headers)).is_success
    for flagger, reason in ((alice, "spam"), (carol, "abusive"), (moderator, "spam")):
        response = await client.post(
            f"/posts/{replies[0]['id']}/flags", json={"reason": reason}, headers=flagger.headers
        )
        assert response.status_code == 201, response.text
    response = await client.post(
        f"/posts/{replies[5]['id']}/flags", json={"reason": "spam"}, headers=alice.headers
    )
    assert response.status_code == 201, response.text
    response = await client.post(
        f"/moderation/posts/{replies[5]['id']}/resolve",
        json={"action": "delete"},
        headers=moderator.headers,
    )
    assert response.status_code == 200, response.text
    return {
        "alice": alice,
        "bob": bob,
        "sleep": sleep,
        "kept": kept,
        "flagged": replies[0],
    }


async def test_clean_on_a_fresh_forum(app: Any) -> None:
    assert await drift_of(app) == []


async def test_clean_on_a_busy_forum(app: Any, client: AsyncClient, forum: Forum) -> None:
    await busy_forum(client, forum)
    await assert_counters_exact(app)


async def test_finds_every_planted_drift(app: Any, client: AsyncClient, forum: Forum) -> None:
    seen = await busy_forum(client, forum)
    kept, flagged = seen["kept"], seen["flagged"]
    sleep = (await client.get(f"/categories/{seen['sleep']['slug']}")).json()
    thread = (await client.get(f"/threads/{kept['id']}")).json()
    alice = (await client.get(f"/users/{seen['alice'].username}")).json()
    early = when(thread["last_post_at"]) - timedelta(days=1)
    await write(
        app,
        update(Category)
        .where(Category.id == sleep["id"])
        .values(thread_count=Category.thread_count + 1, post_count=Category.post_count - 2),
        update(Thread)
        .where(Thread.id == kept["id"])
        .values(post_count=Thread.post_count + 3, last_number=9, last_post_at=early),
        update(User).where(User.id == alice["id"]).values(post_count=-8),
        update(QueueItem).where(QueueItem.post_id == flagged["id"]).values(open_flags=5),
    )
    drift = {(d.table, d.row_id, d.column): (d.stored, d.actual) for d in await drift_of(app)}
    assert drift == {
        ("categories", sleep["id"], "thread_count"): (
            sleep["thread_count"] + 1,
            sleep["thread_count"],
        ),
        ("categories", sleep["id"], "post_count"): (sleep["post_count"] - 2, sleep["post_count"]),
        # Its only thread's time moved back, so the category's is ahead of it now.
        ("categories", sleep["id"], "last_post_at"): (when(sleep["last_post_at"]), early),
        ("threads", kept["id"], "post_count"): (thread["post_count"] + 3, thread["post_count"]),
        ("threads", kept["id"], "last_number"): (9, 5),
        ("threads", kept["id"], "last_post_at"): (early, when(thread["last_post_at"])),
        ("users", alice["id"], "post_count"): (-8, alice["post_count"]),
        ("moderation_queue", flagged["id"], "open_flags"): (5, 3),
    }
    # What the operator reads, one line a counter.
    lines = [str(d) for d in await drift_of(app)]
    assert f"users {alice['id']}: post_count is -8, the rows say {alice['post_count']}" in lines


async def test_finds_a_category_time_and_a_missing_queue_item(
    app: Any, client: AsyncClient, forum: Forum
) -> None:
    seen = await busy_forum(client, forum)
    sleep = (await client.get(f"/categories/{seen['sleep']['slug']}")).json()
    flagged = seen["flagged"]["id"]
    await write(app, update(Category).where(Category.id == sleep["id"]).values(last_post_at=None))
    async with app.state.database.sessionmaker() as session, session.begin():
        item = await session.get(QueueItem, flagged)
        assert item is not None
        await session.delete(item)
    drift = {(d.table, d.row_id, d.column): (d.stored, d.actual) for d in await drift_of(app)}
    assert drift == {
        ("categories", sleep["id"], "last_post_at"): (None, when(sleep["last_post_at"])),
        ("moderation_queue", flagged, "open_flags"): (None, 3),
    }


async def village(database_url: str, cwd: Path, *args: str) -> tuple[int, str, str]:
    """Runs the installed `village` command on the test's database."""
    script = Path(sys.executable).with_name("village")
    env = {**os.environ, "DATABASE_URL": database_url, "ENVIRONMENT": "test"}
    env.pop("REDIS_URL", None)
    process = await asyncio.create_subprocess_exec(
        str(script),
        *args,
        cwd=cwd,  # no .env of the checkout's
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_the_village_command(
    app: Any, client: AsyncClient, forum: Forum, database_url: str, tmp_path: Path
) -> None:
    seen = await busy_forum(client, forum)
    code, out, err = await village(database_url, tmp_path, "check-counters")
    assert (code, out, err) == (0, "Every counter matches its rows.\n", ""), err

    bob = (await client.get(f"/users/{seen['bob'].username}")).json()
    await write(app, update(User).where(User.id == bob["id"]).values(post_count=99))
    code, out, err = await village(database_url, tmp_path, "check-counters")
    assert code == 1, (out, err)
    assert out == f"users {bob['id']}: post_count is 99, the rows say {bob['post_count']}\n"
    assert err == "1 counter differs from its rows.\n"
