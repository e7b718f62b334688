"""The signed-in reader's reading state for the bench: `bench/run` gives READER a place in the
threads at the top of the thread list (and in the long thread), half-way through each, so
the signed-in scenarios count real unread posts instead of all-zero rows.

Idempotent (`ON CONFLICT DO NOTHING`): a second run leaves the rows as the first made them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import create_async_engine

from app.accounts.models import User
from app.db import utcnow
from app.forum.models import Thread, ThreadState
from app.forum.queries import LIVE_THREAD

# The first pages of the "active" list, and the long thread.
READ_THREADS = 200
LONG_THREAD = 1


async def seed_reading_states(url: str, username: str) -> int:
    """Gives `username` a read mark half-way through the most active threads and thread 1
    (every third one watched); returns how many threads they now have a state in."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            user_id = await conn.scalar(select(User.id).where(User.username == username))
            if user_id is None:
                return 0
            top = (
                select(Thread.id, Thread.last_number)
                .where(LIVE_THREAD)
                .order_by(Thread.last_post_at.desc(), Thread.id.desc())
                .limit(READ_THREADS)
            )
            threads = dict((await conn.execute(top)).tuples().all())
            long_thread = await conn.scalar(
                select(Thread.last_number).where(Thread.id == LONG_THREAD)
            )
            if long_thread is not None:
                threads[LONG_THREAD] = long_thread
            now = utcnow()
            rows = [
                {
                    "user_id": user_id,
                    "thread_id": thread_id,
                    "last_read_number": last_number // 2,
                    "subscription": "watching" if n % 3 == 0 else None,
                    "updated_at": now,
                }
                for n, (thread_id, last_number) in enumerate(sorted(threads.items()))
            ]
            insert = pg_insert if engine.dialect.name == "postgresql" else sqlite_insert
            if rows:
                await conn.execute(insert(ThreadState).values(rows).on_conflict_do_nothing())
            return len(rows)
    finally:
        await engine.dispose()
