"""The day-before reminder (app/meetups/reminders.py): due meet-ups claimed once, whatever
the number of workers, and everyone going with a place reminded exactly once; a meet-up
moved later by more than a day is reminded again in time for its new start."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select

from app.db import Database, utcnow
from app.events import EventKind, OutboxEvent
from app.meetups.models import Meetup
from app.meetups.reminders import claim_due, remind_due_meetups
from app.worker.periodic import Tick, attach_settings
from app.worker.runner import Worker
from tests.helpers import Forum, Member
from tests.meetups.conftest import Meetups, SetMeetup, in_days
from tests.notifications.fixtures import listed, rows, run_worker


def tick_of(app: Any, database: Database | None = None) -> Tick:
    """A periodic run's tick on the app's database (or another Database on the same one, as
    another worker process has), with short write transactions as the worker's."""
    database = database or app.state.database
    settings = app.state.settings

    @asynccontextmanager
    async def write() -> AsyncIterator[Any]:
        async with database.sessionmaker() as session, database.writer_turn(True):
            if database.is_sqlite:
                await session.connection(execution_options={"sqlite_immediate": True})
            attach_settings(session, settings)
            yield session
            await session.commit()

    return Tick(settings, write, lambda: False)


async def reminder_events(app: Any) -> Counter[int]:
    """How many reminders were emitted per meet-up id."""
    async with app.state.database.sessionmaker() as session:
        payloads = await session.scalars(
            select(OutboxEvent.payload).where(
                OutboxEvent.kind == EventKind.meetup_reminder_due.value
            )
        )
        return Counter(payload["meetup_id"] for payload in payloads)


async def reminded_at(app: Any, meetup_id: int) -> Any:
    async with app.state.database.sessionmaker() as session:
        return await session.scalar(select(Meetup.reminded_at).where(Meetup.id == meetup_id))


async def reminders(client: AsyncClient, member: Member) -> list[int]:
    return [i["meetup_id"] for i in await listed(client, member) if i["action"] == "reminder"]


async def test_everyone_going_with_a_place_is_reminded_once(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, going, waiting, maybe, leaver = [await forum.member() for _ in range(5)]
    soon = await meetups.meetup(host, starts_at=in_days(0, hours=20), capacity=1)
    later = await meetups.meetup(host, starts_at=in_days(3))
    cancelled = await meetups.meetup(host, starts_at=in_days(0, hours=10))
    hidden = await meetups.meetup(host, starts_at=in_days(0, hours=10))
    for member in (going, leaver, waiting):
        assert (await meetups.rsvp(member, soon["id"])).status_code == 200
    assert (await meetups.rsvp(maybe, soon["id"], "maybe")).status_code == 200
    for meetup in (later, cancelled, hidden):
        assert (await meetups.rsvp(going, meetup["id"])).status_code == 200
    assert (await meetups.cancel(host, cancelled["id"])).status_code == 200
    await set_meetup(hidden["id"], is_hidden=True)
    response = await client.request(
        "DELETE", "/me", json={"password": leaver.password, "posts": "keep"}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text

    await remind_due_meetups(tick_of(app))
    await remind_due_meetups(tick_of(app))  # nothing is due twice
    assert await reminder_events(app) == Counter({soon["id"]: 1})
    assert await reminded_at(app, soon["id"]) is not None
    assert await reminded_at(app, later["id"]) is None
    await run_worker(app)
    assert await reminders(client, going) == [soon["id"]]
    (item,) = [i for i in await listed(client, going) if i["action"] == "reminder"]
    assert (item["kind"], item["actor"], item["thread"]["id"]) == (
        "meetup",
        None,
        soon["thread_id"],
    )
    for member in (waiting, maybe, host):
        assert await reminders(client, member) == []
    assert {row.user_id for row in await rows(app, kind="meetup", action="reminder")} == {going.id}


async def test_a_meetup_moved_later_is_reminded_again_for_its_new_start(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, going = await forum.member(), await forum.member()
    meetup = await meetups.meetup(host, starts_at=in_days(0, hours=20))
    assert (await meetups.rsvp(going, meetup["id"])).status_code == 200
    await remind_due_meetups(tick_of(app))
    await run_worker(app)
    # Moved to next week: the reminder is due again (the edit resets it)…
    response = await meetups.patch(host, meetup["id"], starts_at=in_days(7), ends_at=None)
    assert response.status_code == 200, response.text
    assert await reminded_at(app, meetup["id"]) is None
    await remind_due_meetups(tick_of(app))
    assert await reminder_events(app) == Counter({meetup["id"]: 1})
    # …the day before its new start (time passes: the start comes near).
    await set_meetup(meetup["id"], starts_at=in_days(0, hours=23))
    await remind_due_meetups(tick_of(app))
    await run_worker(app)
    assert await reminder_events(app) == Counter({meetup["id"]: 2})
    # Two notifications: "changed" and two reminders, each reminder from its own event.
    assert await reminders(client, going) == [meetup["id"], meetup["id"]]


async def test_a_reminder_left_until_after_the_move_tells_nobody(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, going = await forum.member(), await forum.member()
    meetup = await meetups.meetup(host, starts_at=in_days(0, hours=20))
    assert (await meetups.rsvp(going, meetup["id"])).status_code == 200
    await remind_due_meetups(tick_of(app))
    response = await meetups.patch(host, meetup["id"], starts_at=in_days(5), ends_at=None)
    assert response.status_code == 200, response.text
    await run_worker(app)
    assert await reminders(client, going) == []


@pytest.mark.postgres_only
async def test_concurrent_claims_remind_each_meetup_once(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, going = await forum.member(), await forum.member()
    due = [await meetups.meetup(host, starts_at=in_days(0, hours=2 + n)) for n in range(12)]
    for meetup in due:
        assert (await meetups.rsvp(going, meetup["id"])).status_code == 200
    settings = app.state.settings
    databases = [Database(settings) for _ in range(4)]
    try:
        now = utcnow()

        async def claim(database: Database) -> list[int]:
            async with database.sessionmaker() as session:
                claimed = await claim_due(session, now=now, limit=5)
                await asyncio.sleep(0.05)  # hold the claim while the others try theirs
                await session.commit()
                return claimed

        for _ in range(4):  # until every meet-up is claimed
            results = await asyncio.gather(*(claim(database) for database in databases))
            flat = [meetup_id for claimed in results for meetup_id in claimed]
            assert len(flat) == len(set(flat))  # no meet-up claimed by two at once
    finally:
        for database in databases:
            await database.dispose()
    assert await reminder_events(app) == Counter({meetup["id"]: 1 for meetup in due})
    await run_worker(app)
    assert sorted(await reminders(client, going)) == sorted(meetup["id"] for meetup in due)


async def test_two_workers_at_once_remind_each_member_exactly_once(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    members = [await forum.member() for _ in range(3)]
    due = [await meetups.meetup(host, starts_at=in_days(0, hours=3 + n)) for n in range(4)]
    for meetup in due:
        for member in members:
            assert (await meetups.rsvp(member, meetup["id"])).status_code == 200
    settings = app.state.settings.model_copy(
        update={"meetup_reminder_check_seconds": 0.05, "worker_poll_seconds": 0.05}
    )
    databases = [Database(settings) for _ in range(2)]
    workers = [Worker(database, settings) for database in databases]
    tasks = [asyncio.create_task(worker.run()) for worker in workers]
    try:
        deadline = utcnow() + timedelta(seconds=20)
        while utcnow() < deadline:
            await asyncio.sleep(0.2)
            made = await rows(app, kind="meetup")
            if len(made) >= len(due) * len(members) and sum(
                (await reminder_events(app)).values()
            ) == len(due):
                break
        await asyncio.sleep(0.5)  # a second reminder, were there one, would show by now
    finally:
        for worker in workers:
            worker.stop()
        await asyncio.gather(*tasks)
        for database in databases:
            await database.dispose()
    assert await reminder_events(app) == Counter({meetup["id"]: 1 for meetup in due})
    await run_worker(app)
    made = Counter((row.user_id, row.meetup_id) for row in await rows(app, kind="meetup"))
    assert made == Counter({(m.id, meetup["id"]): 1 for m in members for meetup in due})
