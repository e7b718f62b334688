"""The benchmark dataset keeps every counter exact: `python -m bench.seed` fills the tables in
bulk (COPY on PostgreSQL, batches on SQLite), bypassing the services that keep the counters,
so the same check as `village check-counters` is run on what it made."""

from __future__ import annotations

from typing import Any

from bench import seed as bench_seed
from tests.helpers import assert_counters_exact


async def test_the_seeded_dataset_has_no_counter_drift(app: Any) -> None:
    plan = bench_seed.Plan(users=40, threads=200, posts=2_000)
    await bench_seed.seed(
        app.state.database.engine, plan, "not-a-real-hash", say=lambda _message: None
    )
    await assert_counters_exact(app)
