"""PATCH /meetups/{id} and POST /meetups/{id}/cancel: what changes, what the discussion
thread does with it, sequence, events and the audit log, and concurrent twins (PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select

from app.events import OutboxEvent
from app.meetups.models import Meetup
from tests.helpers import Forum, assert_counters_exact, problem
from tests.meetups.conftest import Meetups, SetMeetup, in_days


async def outbox(app: Any, *kinds: str) -> list[OutboxEvent]:
    async with app.state.database.sessionmaker() as session:
        rows = await session.scalars(select(OutboxEvent).order_by(OutboxEvent.id))
        return [row for row in rows if not kinds or row.kind in kinds]


async def stored(app: Any, meetup_id: int) -> Meetup:
    async with app.state.database.sessionmaker() as session:
        meetup = await session.get(Meetup, meetup_id)
        assert meetup is not None
        return meetup


async def audit(client: AsyncClient, moderator: Any, action: str) -> list[dict[str, Any]]:
    response = await client.get(
        "/moderation/log", params={"action": action}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


# PATCH


async def test_host_changes_fields_and_the_thread_follows(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    starts_at = in_days(9)
    response = await meetups.patch(
        host,
        created["id"],
        title="Friday playgroup",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=1),
        description="Moved to Friday.",
        area="Leeds  Central",
        venue="The library, Room 2",
    )
    assert response.status_code == 200, response.text
    changed = response.json()
    assert changed["title"] == "Friday playgroup"
    assert datetime.fromisoformat(changed["starts_at"]) == starts_at
    assert changed["area"] == "Leeds Central"
    assert changed["venue"] == "The library, Room 2"
    assert changed["updated_at"] > created["updated_at"]
    assert (await stored(app, created["id"])).sequence == 1

    thread = (await client.get(f"/threads/{created['thread_id']}")).json()
    assert thread["title"] == "Friday playgroup"
    (post,) = (await client.get(f"/threads/{created['thread_id']}/posts")).json()["items"]
    assert "Moved to Friday." in post["body"] and "Leeds Central" in post["body"]
    assert "library" not in post["body"]
    revisions = (await client.get(f"/posts/{post['id']}/revisions", headers=host.headers)).json()
    assert len(revisions) == 1  # the summary it replaced, kept
    assert "Toys, tea and a chat." in revisions[0]["body"]

    (event,) = await outbox(app, "meetup.updated")
    assert event.payload["changed"] == [
        "area",
        "description",
        "ends_at",
        "starts_at",
        "title",
        "venue",
    ]
    assert await audit(client, await forum.moderator(), "meetup.edit") == []
    await assert_counters_exact(app)


async def test_the_same_values_change_nothing(app: Any, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    created = await meetups.meetup(host, capacity=5)
    same = {k: created[k] for k in ("title", "description", "kind", "venue", "capacity")}
    response = await meetups.patch(host, created["id"], **same, area="Leeds  North")
    assert response.status_code == 200, response.text
    assert response.json() == created
    assert await outbox(app, "meetup.updated") == []
    assert (await stored(app, created["id"])).sequence == 0


async def test_moderator_edit_is_audited(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, moderator = await forum.member(), await forum.moderator()
    created = await meetups.meetup(host)
    response = await meetups.patch(moderator, created["id"], venue="A safer, public place")
    assert response.status_code == 200, response.text
    (entry,) = await audit(client, moderator, "meetup.edit")
    assert entry["target_type"] == "meetup" and entry["target_id"] == created["id"]
    assert entry["actor"]["username"] == moderator.username


async def test_edit_refusals(forum: Forum, meetups: Meetups, set_meetup: SetMeetup) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    meetup_id = created["id"]
    problem(await meetups.patch(host, meetup_id, starts_at=in_days(-1)), 422)
    body = problem(await meetups.patch(host, meetup_id, ends_at=in_days(1)), 422)
    assert body["errors"][0]["loc"] == ["body", "ends_at"]
    body = problem(await meetups.patch(host, meetup_id, starts_at=in_days(30)), 422)
    assert body["errors"][0]["loc"] == ["body", "starts_at"]  # after its end
    for name in ("title", "kind", "starts_at", "venue", "area", "requires_approval"):
        problem(await meetups.patch(host, meetup_id, **{name: None}), 422)
    problem(await meetups.patch(host, meetup_id, capacity=0), 422)
    problem(await meetups.patch(host, meetup_id, title="x\x00y"), 422)
    problem(await meetups.patch(host, 999999, title="Nowhere at all"), 404)
    # Removing the end and the limit is allowed.
    response = await meetups.patch(host, meetup_id, ends_at=None, capacity=None)
    assert response.status_code == 200, response.text
    assert response.json()["ends_at"] is None


async def test_capacity_below_going_is_409(
    forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host, capacity=10)
    await set_meetup(created["id"], going_count=4)
    problem(await meetups.patch(host, created["id"], capacity=3), 409, "capacity-below-going")
    response = await meetups.patch(host, created["id"], capacity=4)
    assert response.status_code == 200, response.text


async def test_capacity_raised_promotes_the_waitlist(
    app: Any, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host, capacity=1)
    members = [await forum.member() for _ in range(3)]
    for member in members:
        assert (await meetups.rsvp(member, created["id"])).status_code == 200
    waiting = await meetups.read(created["id"], members[2])
    assert waiting["my_rsvp"] == {"status": "going", "waitlisted": True, "position": 2}
    response = await meetups.patch(host, created["id"], capacity=2)
    assert response.status_code == 200, response.text
    assert response.json()["going_count"] == 2
    assert response.json()["waitlist_count"] == 1
    promoted = await meetups.read(created["id"], members[1])
    assert promoted["my_rsvp"] == {"status": "going", "waitlisted": False, "position": None}
    assert (await meetups.read(created["id"], members[2]))["my_rsvp"]["position"] == 1
    response = await meetups.patch(host, created["id"], capacity=None)
    assert response.json()["going_count"] == 3 and response.json()["waitlist_count"] == 0
    await assert_counters_exact(app)


async def test_moving_the_start_far_ahead_makes_the_reminder_due_again(
    app: Any, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host, starts_at=in_days(0, hours=12), ends_at=None)
    await set_meetup(created["id"], reminded_at=datetime.now(UTC))
    response = await meetups.patch(host, created["id"], starts_at=in_days(0, hours=20))
    assert response.status_code == 200, response.text
    assert (await stored(app, created["id"])).reminded_at is not None  # still within a day
    response = await meetups.patch(host, created["id"], starts_at=in_days(3))
    assert response.status_code == 200, response.text
    assert (await stored(app, created["id"])).reminded_at is None


# Cancel


async def test_host_cancels_once(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    response = await meetups.cancel(host, created["id"], reason="Rain all day")
    assert response.status_code == 200, response.text
    cancelled = response.json()
    assert cancelled["is_cancelled"] is True
    again = await meetups.cancel(host, created["id"])
    assert again.status_code == 200
    assert again.json() == cancelled
    (event,) = await outbox(app, "meetup.cancelled")
    assert event.payload["reason"] == "Rain all day"
    assert event.payload["by_moderator"] is False
    assert (await stored(app, created["id"])).sequence == 1
    # Reachable by id, off the lists; its discussion stays open.
    assert (await meetups.read(created["id"]))["is_cancelled"] is True
    assert (await meetups.list())["items"] == []
    reply = await client.post(
        f"/threads/{created['thread_id']}/posts", json={"body": "Shame!"}, headers=host.headers
    )
    assert reply.status_code == 201
    # A cancelled meet-up is not changed any more.
    problem(await meetups.patch(host, created["id"], title="Back on"), 409, "meetup-cancelled")
    assert await audit(client, await forum.moderator(), "meetup.cancel") == []


async def test_cancel_without_a_body(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    response = await client.post(f"/meetups/{created['id']}/cancel", headers=host.headers)
    assert response.status_code == 200, response.text
    problem(
        await client.post(
            f"/meetups/{created['id']}/cancel", json={"reason": ""}, headers=host.headers
        ),
        422,
    )
    problem(
        await client.post(
            f"/meetups/{created['id']}/cancel", json={"why": "x"}, headers=host.headers
        ),
        422,
    )


async def test_moderator_cancel_is_audited(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, moderator = await forum.member(), await forum.moderator()
    created = await meetups.meetup(host)
    response = await meetups.cancel(moderator, created["id"], reason="Unsafe venue")
    assert response.status_code == 200, response.text
    (entry,) = await audit(client, moderator, "meetup.cancel")
    assert (entry["target_type"], entry["target_id"]) == ("meetup", created["id"])
    assert entry["note"] == "Unsafe venue"
    (event,) = await outbox(app, "meetup.cancelled")
    assert event.payload["by_moderator"] is True


# Concurrency (PostgreSQL: SQLite serialises every writer)


@pytest.mark.postgres_only
async def test_concurrent_identical_cancels_make_one_event(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    responses = await asyncio.gather(*(meetups.cancel(host, created["id"]) for _ in range(10)))
    assert {r.status_code for r in responses} == {200}
    assert all(r.json()["is_cancelled"] for r in responses)
    assert len(await outbox(app, "meetup.cancelled")) == 1
    assert (await stored(app, created["id"])).sequence == 1


@pytest.mark.postgres_only
async def test_concurrent_identical_patches_make_one_event(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    responses = await asyncio.gather(
        *(meetups.patch(host, created["id"], title="Same new title") for _ in range(10))
    )
    assert {r.status_code for r in responses} == {200}
    assert len(await outbox(app, "meetup.updated")) == 1
    assert len(await outbox(app, "thread.updated")) == 1
    assert (await stored(app, created["id"])).sequence == 1
    await assert_counters_exact(app)
