"""PostgreSQL plans each of our prepared statements once per connection
(`plan_cache_mode=force_generic_plan`, app/db.py GENERIC_PLANS): with the default mode a
keyset page after a cursor was planned anew on every execution, and planning a posts page
cost more than running it (docs/benchmarks.md). `DB_GENERIC_PLANS=false` leaves the server's
default, for a pooler that refuses startup parameters."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from sqlalchemy import text

from app.config import Settings
from app.db import GENERIC_PLANS, Database
from bench import ceiling
from tests.helpers import Forum

pytestmark = pytest.mark.postgres_only


async def _plan_cache_mode(settings: Settings) -> str:
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            return str(await session.scalar(text("SHOW plan_cache_mode")))
    finally:
        await database.dispose()


async def test_every_connection_plans_its_statements_once(settings: Settings) -> None:
    assert await _plan_cache_mode(settings) == "force_generic_plan"


async def test_the_servers_default_when_turned_off(settings: Settings) -> None:
    off = settings.model_copy(update={"db_generic_plans": False})
    assert await _plan_cache_mode(off) == "auto"


async def test_pages_after_a_cursor_read_the_same_under_a_generic_plan(
    client: AsyncClient, forum: Forum
) -> None:
    """The cursor's statements are the ones a generic plan serves: paging a thread and the
    thread list to the end, every item once, in order."""
    member = await forum.member()
    thread = await forum.thread(member)
    for n in range(12):
        await forum.reply(member, thread["id"], body=f"Reply {n}")
    numbers: list[int] = []
    url = f"/threads/{thread['id']}/posts?limit=5"
    while url:
        page = (await client.get(url)).json()
        numbers += [post["number"] for post in page["items"]]
        cursor = page["next_cursor"]
        url = f"/threads/{thread['id']}/posts?limit=5&cursor={cursor}" if cursor else ""
    assert numbers == list(range(1, 14))


def test_the_ceiling_connects_as_the_app_does() -> None:
    assert ceiling.SERVER_SETTINGS == GENERIC_PLANS
