"""The retry schedule, and pruning: dispatched events and finished deliveries go after their
retention period; deliveries still being tried stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.config import Settings
from app.events import OutboxEvent
from app.worker.jobs import RetryPolicy
from tests.webhooks.fixtures import create_webhook, deliveries, live_site
from tests.webhooks.receiver import running_receiver, until


def test_back_off_doubles_with_jitter_up_to_its_cap() -> None:
    policy = RetryPolicy(base_seconds=10, max_delay_seconds=60, window_seconds=3600)
    for attempts, step in [(1, 10), (2, 20), (3, 40), (4, 60), (9, 60)]:
        delays = {policy.delay(attempts).total_seconds() for _ in range(200)}
        assert all(step / 2 <= delay <= step for delay in delays), (attempts, delays)
        assert len(delays) > 1  # jittered: failures that came together spread out


def test_no_attempt_after_the_window() -> None:
    policy = RetryPolicy(base_seconds=10, max_delay_seconds=60, window_seconds=3600)
    started = datetime(2026, 1, 1, tzinfo=UTC)
    soon = policy.next_attempt(1, started, started + timedelta(seconds=1))
    assert soon is not None
    assert started + timedelta(seconds=6) <= soon <= started + timedelta(seconds=11)
    assert (
        policy.next_attempt(30, started, started + timedelta(seconds=3575)) is None
    )  # ≥ 30 s of back-off left, 25 s of window


async def test_pruning_keeps_only_what_is_still_needed(settings: Settings) -> None:
    with running_receiver() as healthy, running_receiver() as failing:
        failing.default = 500
        async with live_site(
            settings,
            outbox_retention_hours=0.5 / 3600,  # half a second
            job_retention_hours=0.5 / 3600,
            worker_prune_seconds=0.2,
        ) as site:
            admin, author = await site.forum.admin(), await site.forum.member()
            kept = await create_webhook(site.client, admin, healthy.url, ["thread.created"])
            retried = await create_webhook(site.client, admin, failing.url, ["thread.created"])
            await site.forum.thread(author)
            await until(lambda: healthy.requests() and failing.requests())

            async def events() -> int:
                async with site.app.state.database.sessionmaker() as session:
                    return int(await session.scalar(select(func.count(OutboxEvent.id))) or 0)

            async def pruned() -> bool:
                delivered = await deliveries(site.client, admin, kept["id"])
                return not delivered and await events() == 0

            await until(pruned)
            (still_trying,) = await deliveries(site.client, admin, retried["id"])
            assert still_trying["status"] == "failed"
