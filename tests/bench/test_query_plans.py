"""Regression guard for the hot reads: on PostgreSQL, every statement a keyset page runs is
answered from an index in the page's own order — no sequential scan and no sort over the
table — on the first page and on a deep one. Not a timing test: it reads the plans.

Sequential scans are disabled for the EXPLAIN so the verdict does not depend on how much
data the test made; sorting is left on, so an index in the wrong order still shows up as a
Sort node and fails.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import event, text

from bench import seed as bench_seed
from tests.helpers import Forum

pytestmark = pytest.mark.postgres_only

HOT_TABLES = ("threads", "posts", "moderation_queue", "moderation_log")
HOT_KEY = re.compile(rf"^\(?({'|'.join(HOT_TABLES)})(_\d+)?\.")


@contextmanager
def captured_statements(app: Any) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    engine = app.state.database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", remember)


def plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


async def assert_index_only_plans(app: Any, statements: list[tuple[str, Any]]) -> int:
    checked = 0
    async with app.state.database.engine.connect() as conn:
        await conn.execute(text("SET enable_seqscan = off"))
        for statement, parameters in statements:
            if not any(f" {table}" in statement for table in HOT_TABLES):
                continue
            result = await conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}", parameters)
            raw = result.scalar_one()
            plan = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
            for node in plan_nodes(plan):
                relation = node.get("Relation Name")
                assert not (node["Node Type"] == "Seq Scan" and relation in HOT_TABLES), (
                    statement,
                    json.dumps(plan, indent=1),
                )
                if node["Node Type"] in ("Sort", "Incremental Sort"):
                    # Sorting a joined side (e.g. users for a merge join) is fine; sorting
                    # a hot table's rows means the keyset order has no index.
                    keys = node.get("Sort Key", [])
                    assert not any(HOT_KEY.match(key) for key in keys), (
                        statement,
                        json.dumps(plan, indent=1),
                    )
            checked += 1
    return checked


@pytest.fixture
async def dataset(app: Any) -> None:
    plan = bench_seed.Plan(users=50, threads=300, posts=3_000)
    engine = app.state.database.engine
    await bench_seed.seed(engine, plan, "not-a-real-hash", say=lambda _message: None)
    # A log and a queue big enough that the planner's choice says something.
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO moderation_log (actor_id, action, target_type, target_id, created_at)"
                " SELECT 2, 'post.hide', 'post', n, now() FROM generate_series(1, 5000) AS n"
            )
        )
        await conn.execute(
            text(
                "INSERT INTO moderation_queue"
                " (post_id, open_flags, spam_flags, priority, first_flagged_at)"
                " SELECT n, 1, 0, (n % 7 != 0)::int, now() - n * interval '1 minute'"
                " FROM generate_series(1, 2000) AS n"
            )
        )
        await conn.execute(text("ANALYZE"))


async def _walk(client: AsyncClient, url: str, headers: dict[str, str], pages: int) -> None:
    cursor = None
    for _ in range(pages):
        response = await client.get(
            url, params={"limit": 20, **({"cursor": cursor} if cursor else {})}, headers=headers
        )
        assert response.status_code == 200, response.text
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return


async def test_hot_reads_use_an_index_in_their_order(
    app: Any, client: AsyncClient, forum: Forum, dataset: None
) -> None:
    moderator = await forum.moderator()
    reader = await forum.member()
    urls = [
        "/threads",
        "/threads?sort=new",
        "/threads?category=sleep",
        "/threads?category=sleep&sort=new",
        "/threads/1/posts",  # the 10,000-post thread of the plan (here, the longest)
        "/moderation/log",
    ]
    with captured_statements(app) as statements:
        for url in urls:
            await _walk(client, url, reader.headers if "moderation" not in url else
                        moderator.headers, pages=3)  # fmt: skip
        await _walk(client, "/moderation/queue", moderator.headers, pages=3)
    checked = await assert_index_only_plans(app, statements)
    assert checked >= len(urls) * 2


async def _plans(app: Any, statements: list[tuple[str, Any]], table: str) -> list[dict[str, Any]]:
    plans = []
    async with app.state.database.engine.connect() as conn:
        for statement, parameters in statements:
            if f" {table}" not in statement:
                continue
            result = await conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}", parameters)
            raw = result.scalar_one()
            plans.append((json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"])
    return plans


async def test_meetups_by_area_read_the_area_index(app: Any, client: AsyncClient) -> None:
    """Issue 13: a precise area ("leeds north", one of 320) is a range of the area index
    (its `varchar_pattern_ops` serve LIKE 'prefix%' under any collation), never a scan of
    every meet-up; upcoming meet-ups and a group's come from their indexes in their order."""
    plan = bench_seed.Plan(users=50, threads=20, posts=200, meetups=4_000, areas=320)
    engine = app.state.database.engine
    await bench_seed.seed(engine, plan, "not-a-real-hash", say=lambda _message: None)
    with captured_statements(app) as statements:
        response = await client.get("/meetups", params={"area": "Leeds  North"})
        assert response.status_code == 200, response.text
        assert {m["area"] for m in response.json()["items"]} == {"Leeds North"}
    (area_plan,) = await _plans(app, statements, "meetups")
    nodes = list(plan_nodes(area_plan))
    assert not any(n.get("Relation Name") == "meetups" and n["Node Type"] == "Seq Scan"
                   for n in nodes), json.dumps(area_plan, indent=1)  # fmt: skip
    assert any(n.get("Index Name") == "ix_meetups_area" for n in nodes), json.dumps(
        area_plan, indent=1
    )

    with captured_statements(app) as statements:
        await _walk(client, "/meetups", {}, pages=3)
        await _walk(client, "/meetups?group=leeds-north-parents-1", {}, pages=2)
    meetup_statements = [s for s in statements if " meetups" in s[0]]
    assert len(meetup_statements) >= 4
    checked = 0
    async with engine.connect() as conn:
        await conn.execute(text("SET enable_seqscan = off"))
        for statement, parameters in meetup_statements:
            result = await conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}", parameters)
            raw = result.scalar_one()
            found = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
            for node in plan_nodes(found):
                assert not (
                    node["Node Type"] == "Seq Scan" and node.get("Relation Name") == "meetups"
                )
                keys = node.get("Sort Key", []) if "Sort" in node["Node Type"] else []
                assert not any(re.match(r"^\(?meetups(_\d+)?\.", key) for key in keys), json.dumps(
                    found, indent=1
                )
            checked += 1
    assert checked == len(meetup_statements)
