"""The benchmark dataset keeps every counter exact: `python -m bench.seed` fills the tables in
bulk (COPY on PostgreSQL, batches on SQLite), bypassing the services that keep the counters,
so the same check as `village check-counters` is run on what it made."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from httpx import AsyncClient
from sqlalchemy import select

from app.forum.models import Category, Post, Thread
from app.meetups.models import Group, GroupMember, Meetup, Rsvp
from bench import seed as bench_seed
from tests.helpers import assert_counters_exact


async def test_the_seeded_dataset_has_no_counter_drift(app: Any) -> None:
    plan = bench_seed.Plan(users=40, threads=200, posts=2_000)
    await bench_seed.seed(
        app.state.database.engine, plan, "not-a-real-hash", say=lambda _message: None
    )
    await assert_counters_exact(app)


async def test_the_seeded_pseudonyms_follow_the_apps_rule(app: Any) -> None:
    """0 for the original poster of an anonymous thread, then 1, 2, ... per other author in
    order of their first anonymous post; a thread's `anonymous_count` is the last given."""
    plan = bench_seed.Plan(users=20, threads=100, posts=20_000)  # about 100 anonymous posts
    await bench_seed.seed(app.state.database.engine, plan, "not-a-real-hash", say=lambda _: None)
    async with app.state.database.engine.connect() as connection:
        threads = {
            row.id: row
            for row in await connection.execute(
                select(Thread.id, Thread.author_id, Thread.anonymous, Thread.anonymous_count)
            )
        }
        posts = (
            await connection.execute(
                select(Post.thread_id, Post.author_id, Post.anonymous, Post.anonymous_ordinal)
                .where(Post.anonymous)
                .order_by(Post.id)
            )
        ).all()
    assert len(posts) > 50
    given: dict[int, dict[int, int]] = {
        thread.id: {thread.author_id: 0} if thread.anonymous else {} for thread in threads.values()
    }
    others = dict.fromkeys(threads, 0)
    for post in posts:
        names = given[post.thread_id]
        if post.author_id not in names:
            others[post.thread_id] += 1
            names[post.author_id] = others[post.thread_id]
        assert post.anonymous_ordinal == names[post.author_id]
    assert {tid: t.anonymous_count for tid, t in threads.items()} == others
    assert any(count > 0 for count in others.values())


async def bench_seed_command(database_url: str, cwd: Path, *args: str) -> tuple[int, str, str]:
    """`python -m bench.seed` (bench's own command: the app never imports bench/)."""
    env = {**os.environ, "DATABASE_URL": database_url, "ENVIRONMENT": "test"}
    env.pop("REDIS_URL", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.seed",
        *args,
        cwd=cwd,  # no .env of the checkout's; bench is importable as an installed package
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_python_m_bench_seed(
    app: Any, client: AsyncClient, database_url: str, tmp_path: Path
) -> None:
    code, out, err = await bench_seed_command(
        database_url, tmp_path, "--users", "5", "--threads", "10", "--posts", "30",
        "--meetups", "20", "--areas", "5",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip().endswith("s."), out  # "Seeded in 0.4s."
    assert "meet-ups: 20," in out, out
    threads = (await client.get("/threads", params={"limit": 100})).json()["items"]
    assert 0 < len(threads) <= 10 + 20  # the meet-ups' threads, wherever the list shows them
    await assert_counters_exact(app)


async def test_python_m_bench_seed_refuses_a_plan_it_cannot_make(
    database_url: str, tmp_path: Path
) -> None:
    code, _, err = await bench_seed_command(
        database_url, tmp_path, "--threads", "10", "--posts", "5"
    )
    assert code == 2
    assert "--posts >= --threads" in err


async def test_the_seeded_meetups_are_consistent(app: Any) -> None:
    """Issue 13: groups, meet-ups (each with its own discussion thread, in its group's
    category or the one `meetups` category) and RSVPs, made in bulk with every counter
    exact: the app's check, and a recount of the meet-ups' own counters here."""
    plan = bench_seed.Plan(users=60, threads=50, posts=500, meetups=400, groups=30, areas=40)
    await bench_seed.seed(app.state.database.engine, plan, "not-a-real-hash", say=lambda _: None)
    await assert_counters_exact(app)
    async with app.state.database.engine.connect() as connection:
        meetups = (await connection.execute(select(Meetup))).all()
        rsvps = (await connection.execute(select(Rsvp))).all()
        groups = {g.id: g for g in (await connection.execute(select(Group))).all()}
        members = (await connection.execute(select(GroupMember))).all()
        kinds = {
            row.id: (row.kind, row.slug)
            for row in await connection.execute(select(Category.id, Category.kind, Category.slug))
        }
        thread_category = {
            row.id: row.category_id
            for row in await connection.execute(select(Thread.id, Thread.category_id))
        }
    assert len(meetups) == 400 and len(groups) == 30
    assert len({m.thread_id for m in meetups}) == 400
    assert [kind for kind, slug in kinds.values() if slug == "meetups"] == ["meetups"]
    for meetup in meetups:
        kind, slug = kinds[thread_category[meetup.thread_id]]
        if meetup.group_id is None:
            assert (kind, slug) == ("meetups", "meetups")
        else:
            assert (kind, slug) == ("group", groups[meetup.group_id].slug)
            assert meetup.area_key == groups[meetup.group_id].area_key
        answers = [r for r in rsvps if r.meetup_id == meetup.id]
        going = [r for r in answers if r.status == "going" and not r.waitlisted]
        waiting = sorted(r.waitlist_ticket for r in answers if r.waitlisted)
        assert meetup.going_count == len(going)
        assert meetup.maybe_count == sum(r.status == "maybe" for r in answers)
        assert meetup.pending_count == sum(r.status == "pending" for r in answers)
        assert meetup.waitlist_count == len(waiting) == meetup.waitlist_seq
        assert waiting == list(range(1, len(waiting) + 1))
        if waiting:  # nobody waits while a place is free
            assert meetup.going_count == meetup.capacity
    for group in groups.values():
        assert group.member_count == sum(m.group_id == group.id for m in members)
    now = datetime.now(UTC)
    upcoming = [m for m in meetups if m.starts_at > now]
    assert 0 < len(meetups) - len(upcoming) < len(upcoming)  # some past, most to come
    assert max(m.starts_at for m in meetups) - now > timedelta(days=80)
    assert sum(m.waitlist_count > 0 for m in meetups) > 5
    assert len({m.area_key for m in meetups}) == 40
