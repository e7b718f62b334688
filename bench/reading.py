"""The signed-in reader's reading state for the bench: `bench/run` gives READER a place in the
threads at the top of the thread list (and in the long thread), half-way through each, so
the signed-in scenarios count real unread posts instead of all-zero rows.

Idempotent (`ON CONFLICT DO NOTHING`): a second run leaves the rows as the first made them.

`python -m bench.reading --url URL` measures what the reading state costs on a busy machine:
visitor and member requests interleaved on one connection (`interleaved_medians`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import create_async_engine

from app.accounts.models import User
from app.db import utcnow
from app.forum.models import Thread, ThreadState
from app.forum.queries import LIVE_THREAD
from bench.seed import BENCH_PASSWORD

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
            threads: dict[int, int] = {row[0]: row[1] for row in await conn.execute(top)}
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


def interleaved_medians(base: str, token: str, paths: list[str], rounds: int) -> dict[str, Any]:
    """Median ms per path, as a visitor and as the token's member, each request of one kind
    followed by one of the other on one connection: load from elsewhere on the machine falls
    on both alike, which separate runs of wrk cannot promise on a busy machine."""
    timings: dict[str, list[float]] = {f"{kind} {path}": [] for path in paths for kind in KINDS}
    signed_in = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=30) as client:
        for _ in range(rounds):
            for path in paths:
                for kind, headers in zip(KINDS, ({}, signed_in), strict=True):
                    start = time.perf_counter()
                    response = client.get(path, headers=headers)
                    timings[f"{kind} {path}"].append((time.perf_counter() - start) * 1000)
                    response.raise_for_status()
    medians = {name: statistics.median(values) for name, values in timings.items()}
    return {
        "medians_ms": {name: round(ms, 2) for name, ms in medians.items()},
        # One client's req/s is 1 / latency: the member's share of the visitor's req/s.
        "member_share": {
            path: round(medians[f"visitor {path}"] / medians[f"member {path}"], 2) for path in paths
        },
    }


KINDS = ("visitor", "member")


def main() -> None:
    """`python -m bench.reading --url URL`: seeds READER's reading state (DATABASE_URL) and
    prints the interleaved medians of the thread list and the long thread's first page."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--url", required=True, help="a running `village serve`")
    parser.add_argument("--username", default="parent3")
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    states = asyncio.run(seed_reading_states(os.environ["DATABASE_URL"], args.username))
    response = httpx.post(
        f"{args.url}/api/v1/auth/token",
        data={"username": args.username, "password": BENCH_PASSWORD},
    )
    response.raise_for_status()
    paths = ["/api/v1/threads", f"/api/v1/threads/{LONG_THREAD}/posts"]
    result = interleaved_medians(args.url, response.json()["access_token"], paths, args.rounds)
    print(json.dumps({"reading_states": states, "rounds": args.rounds, **result}, indent=1))


if __name__ == "__main__":
    main()
