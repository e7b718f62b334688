"""The database layer's own rules: SQLite writers take turns within a worker, readers never
wait, and many concurrent writes through the API all land."""

from __future__ import annotations

import asyncio

from httpx import AsyncClient

from app.config import Settings
from app.db import Database
from tests.helpers import Forum


async def most_at_once(database: Database, writes: bool) -> int:
    inside, peak = 0, 0

    async def request() -> None:
        nonlocal inside, peak
        async with database.writer_turn(writes):
            inside += 1
            peak = max(peak, inside)
            await asyncio.sleep(0.01)
            inside -= 1

    await asyncio.gather(*(request() for _ in range(5)))
    return peak


async def test_sqlite_writers_take_turns_and_readers_do_not_wait(settings: Settings) -> None:
    database = Database(settings)
    try:
        # On PostgreSQL writers may hold all but one pooled connection (20 by default).
        assert await most_at_once(database, writes=True) == (1 if settings.is_sqlite else 5)
        assert await most_at_once(database, writes=False) == 5
    finally:
        await database.dispose()


async def test_thirty_concurrent_writes_all_land(client: AsyncClient, forum: Forum) -> None:
    members = [await forum.member() for _ in range(3)]
    thread = await forum.thread(members[0])
    url = f"/threads/{thread['id']}/posts"

    async def reply(n: int) -> int:
        response = await client.post(
            url, json={"body": f"reply {n}"}, headers=members[n % 3].headers
        )
        assert response.status_code == 201, response.text
        number: int = response.json()["number"]
        return number

    numbers = await asyncio.gather(*(reply(n) for n in range(30)))
    assert sorted(numbers) == list(range(2, 32))
