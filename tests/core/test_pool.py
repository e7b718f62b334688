"""A request holds at most one pooled connection: 200 concurrent keyed replies against a pool
of five all land, once each, and a reader started during the storm is not made to wait.

Before, an `Idempotency-Key` was claimed in a second session while the request held its
first connection, so five requests could hold the whole pool and wait for a sixth connection
that never came: 503s after the 30 s pool timeout, and readers stalled behind them. Now the
claim is made on the request's own connection, and writers hold at most all but one of the
pooled connections (`Database.writer_turn`), so a reader never queues behind a burst of writes.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import pytest
from httpx import AsyncClient, Response

from app.config import Settings
from tests.helpers import Forum

pytestmark = pytest.mark.postgres_only

POOL_SIZE = 5
STORM = 200
THREADS = 10


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"db_pool_size": POOL_SIZE, "db_max_overflow": 0})


async def test_keyed_reply_storm_on_a_small_pool(client: AsyncClient, forum: Forum) -> None:
    members = [await forum.member() for _ in range(4)]
    category = await forum.category()
    threads = [await forum.thread(members[0], category) for _ in range(THREADS)]

    async def reply(n: int) -> Response:
        thread = threads[n % THREADS]
        headers = {**members[n % len(members)].headers, "Idempotency-Key": f"storm-{n}"}
        return await client.post(
            f"/threads/{thread['id']}/posts", json={"body": f"storm {n}"}, headers=headers
        )

    async def read_during_storm() -> float:
        await asyncio.sleep(0.05)  # the storm is under way: every connection is taken
        started = time.perf_counter()
        response = await client.get("/threads")
        assert response.status_code == 200, response.text
        return time.perf_counter() - started

    storm = asyncio.gather(*(reply(n) for n in range(STORM)))
    read_seconds, responses = await asyncio.gather(read_during_storm(), storm)

    statuses = Counter(r.status_code for r in responses)
    assert statuses == {201: STORM}, [r.text for r in responses if r.status_code != 201][:3]
    assert read_seconds < 1.0, f"GET /threads waited {read_seconds:.2f} s during the storm"

    bodies: Counter[str] = Counter()
    for thread in threads:
        page = (await client.get(f"/threads/{thread['id']}/posts", params={"limit": 100})).json()
        bodies.update(p["body"] for p in page["items"][1:])
        assert page["next_cursor"] is None
    assert bodies == Counter(f"storm {n}" for n in range(STORM))
