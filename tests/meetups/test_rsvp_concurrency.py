"""Concurrent RSVPs: going never exceeds capacity, the waitlist keeps arrival order with
nobody lost or counted twice, promotions happen exactly once each, and a double tap is one
change. The crowds race on PostgreSQL (SQLite serialises every writer, so it proves
nothing there); the double tap runs on both."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest
from httpx import AsyncClient

from tests.helpers import Forum, assert_counters_exact
from tests.meetups.conftest import Meetups
from tests.meetups.rsvp_fixtures import events, many_members, stored_answers

Json = dict[str, Any]


@pytest.mark.postgres_only
async def test_two_hundred_going_at_once_then_fifty_dropping_out(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    started = time.monotonic()
    host = await forum.member()
    mid = (await meetups.meetup(host, capacity=20))["id"]
    crowd = await many_members(app, 200)

    responses = await asyncio.gather(*(meetups.rsvp(member, mid) for member in crowd))
    assert Counter(r.status_code for r in responses) == {200: 200}, [
        r.text for r in responses if r.status_code != 200
    ]
    answers = {member.id: r.json() for member, r in zip(crowd, responses, strict=True)}
    placed = [uid for uid, a in answers.items() if not a["waitlisted"]]
    waiting = {uid: a["position"] for uid, a in answers.items() if a["waitlisted"]}
    assert len(placed) == 20
    assert all(
        answers[uid] == {"status": "going", "waitlisted": False, "position": None} for uid in placed
    )
    # Each waiting answer was told its place at the end of the waitlist: 1..180, no gaps.
    assert sorted(waiting.values()) == list(range(1, 181))

    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["waitlist_count"]) == (20, 180)
    # Arrival order: the tickets, as stored, are the order of the positions told, strictly
    # increasing, and the outbox recorded the answers in that order too.
    stored = await stored_answers(app, mid)
    by_ticket = sorted((ticket, uid) for uid, _, waitlisted, ticket in stored if waitlisted)
    assert [uid for _, uid in by_ticket] == sorted(waiting, key=waiting.__getitem__)
    assert len({ticket for ticket, _ in by_ticket}) == 180
    changed = await events(app, "rsvp.changed", mid)
    assert len(changed) == 200
    queued_in_outbox = [e["user_id"] for e in changed if e["waitlisted"]]
    assert queued_in_outbox == [uid for _, uid in by_ticket]
    # The host's list agrees, position by position.
    listed = await _waitlist(client, mid, host)
    assert [(item["user"]["id"], item["position"]) for item in listed] == [
        (uid, position) for position, (_, uid) in enumerate(by_ticket, start=1)
    ]
    await assert_counters_exact(app)

    # 50 going members drop out, in concurrent waves (only 20 are going at any time): the
    # 20 first placed, then the 20 who took their places, then 10 of the next 20. Each
    # frees a place: exactly the first 50 waiting move up, each once, in ticket order.
    members = {member.id: member for member in crowd}
    queue = [uid for _, uid in by_ticket]
    for wave in (placed, queue[:20], queue[20:30]):
        dropped = await asyncio.gather(
            *(meetups.rsvp(members[uid], mid, "not_going") for uid in wave)
        )
        assert Counter(r.status_code for r in dropped) == {200: len(wave)}
        assert all(r.json()["status"] == "not_going" for r in dropped)
        assert (await meetups.read(mid, host))["going_count"] == 20

    promotions = await events(app, "rsvp.promoted", mid)
    promoted = [uid for event in promotions for uid in event["user_ids"]]
    assert len(promoted) == 50
    assert Counter(promoted).most_common(1)[0][1] == 1  # each promoted exactly once
    assert promoted == [uid for _, uid in by_ticket[:50]]  # first come, first promoted
    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["waitlist_count"]) == (20, 130)
    listed = await _waitlist(client, mid, host)
    assert [item["user"]["id"] for item in listed] == [uid for _, uid in by_ticket[50:]]
    assert [item["position"] for item in listed] == list(range(1, 131))
    await assert_counters_exact(app)
    assert time.monotonic() - started < 60


async def _waitlist(client: AsyncClient, meetup_id: int, host: Any) -> list[Json]:
    items: list[Json] = []
    cursor: str | None = None
    while True:
        params: Json = {"status": "going", "limit": 100}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(
            f"/meetups/{meetup_id}/rsvps", params=params, headers=host.headers
        )
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(item for item in page["items"] if item["waitlisted"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_a_double_tap_is_one_change(app: Any, forum: Forum, meetups: Meetups) -> None:
    host, first, tapper = [await forum.member() for _ in range(3)]
    mid = (await meetups.meetup(host, capacity=1))["id"]
    assert (await meetups.rsvp(first, mid)).status_code == 200
    responses = await asyncio.gather(*(meetups.rsvp(tapper, mid) for _ in range(8)))
    assert Counter(r.status_code for r in responses) == {200: 8}
    assert {r.text for r in responses} == {'{"status":"going","waitlisted":true,"position":1}'}
    changed = await events(app, "rsvp.changed", mid)
    assert [e["user_id"] for e in changed] == [first.id, tapper.id]
    # Dropping out twice at once frees one place, promotes her once.
    responses = await asyncio.gather(*(meetups.rsvp(first, mid, "maybe") for _ in range(8)))
    assert Counter(r.status_code for r in responses) == {200: 8}
    assert [p["user_ids"] for p in await events(app, "rsvp.promoted", mid)] == [[tapper.id]]
    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["waitlist_count"], shown["maybe_count"]) == (1, 0, 1)
    await assert_counters_exact(app)


async def test_approving_twice_at_once_is_one_approval(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, member = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    mid = (await meetups.meetup(host, capacity=5, requires_approval=True))["id"]
    assert (await meetups.rsvp(member, mid)).json()["status"] == "pending"
    url = f"/meetups/{mid}/rsvps/{member.username}/approve"
    responses = await asyncio.gather(
        *(client.post(url, headers=(host if n % 2 else moderator).headers) for n in range(6))
    )
    assert Counter(r.status_code for r in responses) == {200: 6}, [r.text for r in responses]
    assert {r.json()["status"] for r in responses} == {"going"}
    assert len(await events(app, "rsvp.approved", mid)) == 1
    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["pending_count"]) == (1, 0)
    await assert_counters_exact(app)


@pytest.mark.postgres_only
async def test_churn_keeps_the_promise(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    """Forty members changing their minds at once, several times over: whatever the order,
    going stays within capacity, nobody is promoted twice without leaving in between, and
    the counters match the answers."""
    host = await forum.member()
    mid = (await meetups.meetup(host, capacity=7))["id"]
    crowd = await many_members(app, 40)
    plan = ["going", "maybe", "going", "not_going", "going"]
    for round_ in range(len(plan)):
        responses = await asyncio.gather(
            *(
                meetups.rsvp(member, mid, plan[(round_ + n) % len(plan)])
                for n, member in enumerate(crowd)
            )
        )
        assert Counter(r.status_code for r in responses) == {200: 40}
        shown = await meetups.read(mid, host)
        assert shown["going_count"] <= 7
        assert shown["waitlist_count"] == 0 or shown["going_count"] == 7
        await assert_counters_exact(app)
    stored = await stored_answers(app, mid)
    tickets = [ticket for *_, waitlisted, ticket in stored if waitlisted]
    assert len(tickets) == len(set(tickets))
