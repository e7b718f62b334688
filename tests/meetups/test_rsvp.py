"""PUT /meetups/{id}/rsvp, GET /meetups/{id}/rsvps and POST …/rsvps/{username}/approve,
through the API on SQLite and PostgreSQL: places, the waitlist in arrival order, promotion
when a place frees, approval by the host, every refusal, and counters exact after each."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from httpx import AsyncClient

from app.db import utcnow
from tests.helpers import PASSWORD, Forum, Member, assert_counters_exact, problem
from tests.meetups.conftest import Meetups, SetMeetup
from tests.meetups.rsvp_fixtures import events, stored_answers
from tests.moderation.conftest import log_entries, log_mark

Json = dict[str, Any]


async def answer(meetups: Meetups, member: Member, meetup_id: int, status: str = "going") -> Json:
    response = await meetups.rsvp(member, meetup_id, status)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


def going() -> Json:
    return {"status": "going", "waitlisted": False, "position": None}


def waiting(position: int) -> Json:
    return {"status": "going", "waitlisted": True, "position": position}


async def my_rsvp(meetups: Meetups, meetup_id: int, member: Member) -> Any:
    return (await meetups.read(meetup_id, member))["my_rsvp"]


async def attendees(
    client: AsyncClient, meetup_id: int, viewer: Member, **params: Any
) -> list[Json]:
    """Every answer of the host's list, following the cursors."""
    items: list[Json] = []
    cursor = None
    for _ in range(100):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = await client.get(
            f"/meetups/{meetup_id}/rsvps", params=query, headers=viewer.headers
        )
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the cursors never ended")


async def test_going_until_full_then_the_waitlist_moves_up(
    app: Any, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    a, b, c, d, e = [await forum.member() for _ in range(5)]
    meetup = await meetups.meetup(host, capacity=2)
    mid = meetup["id"]

    assert await answer(meetups, a, mid) == going()
    assert await answer(meetups, b, mid) == going()
    assert await answer(meetups, c, mid) == waiting(1)
    assert await answer(meetups, d, mid) == waiting(2)
    shown = await meetups.read(mid, d)
    assert (shown["going_count"], shown["waitlist_count"]) == (2, 2)
    assert shown["my_rsvp"] == waiting(2)
    await assert_counters_exact(app)

    # A going member answers maybe: the first on the waitlist takes her place, once.
    assert await answer(meetups, a, mid, "maybe") == {
        "status": "maybe",
        "waitlisted": False,
        "position": None,
    }
    assert await my_rsvp(meetups, mid, c) == going()
    assert await my_rsvp(meetups, mid, d) == waiting(1)
    promoted = await events(app, "rsvp.promoted", mid)
    assert [p["user_ids"] for p in promoted] == [[c.id]]
    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["waitlist_count"], shown["maybe_count"]) == (2, 1, 1)

    # A newcomer joins the end of the waitlist; nobody jumps it.
    assert await answer(meetups, e, mid) == waiting(2)
    # Not going frees a place too: d moves up, e is first now.
    assert (await answer(meetups, b, mid, "not_going"))["status"] == "not_going"
    assert await my_rsvp(meetups, mid, d) == going()
    assert await my_rsvp(meetups, mid, e) == waiting(1)
    # a changes her mind back to going: she waits behind e.
    assert await answer(meetups, a, mid) == waiting(2)
    assert [p["user_ids"] for p in await events(app, "rsvp.promoted", mid)] == [[c.id], [d.id]]
    await assert_counters_exact(app)


async def test_the_same_answer_again_changes_nothing(
    app: Any, forum: Forum, meetups: Meetups
) -> None:
    host, a, b, c = [await forum.member() for _ in range(4)]
    mid = (await meetups.meetup(host, capacity=1))["id"]
    assert await answer(meetups, a, mid) == going()
    assert await answer(meetups, a, mid) == going()
    assert await answer(meetups, b, mid) == waiting(1)
    assert await answer(meetups, c, mid) == waiting(2)
    # A waitlisted member answering going again keeps her place.
    assert await answer(meetups, c, mid) == waiting(2)
    assert await answer(meetups, b, mid) == waiting(1)
    changed = await events(app, "rsvp.changed", mid)
    assert [(e["user_id"], e["status"], e["waitlisted"]) for e in changed] == [
        (a.id, "going", False),
        (b.id, "going", True),
        (c.id, "going", True),
    ]
    await answer(meetups, a, mid, "maybe")
    await answer(meetups, a, mid, "maybe")
    assert len(await events(app, "rsvp.changed", mid)) == 4
    await assert_counters_exact(app)


async def test_leaving_the_waitlist_moves_those_behind_up(
    app: Any, forum: Forum, meetups: Meetups
) -> None:
    host, a, b, c, d = [await forum.member() for _ in range(5)]
    mid = (await meetups.meetup(host, capacity=1))["id"]
    await answer(meetups, a, mid)
    for member in (b, c, d):
        await answer(meetups, member, mid)
    assert await answer(meetups, c, mid, "not_going") == {
        "status": "not_going",
        "waitlisted": False,
        "position": None,
    }
    assert await my_rsvp(meetups, mid, b) == waiting(1)
    assert await my_rsvp(meetups, mid, d) == waiting(2)
    # Nobody was promoted: no place freed.
    assert await events(app, "rsvp.promoted", mid) == []
    assert (await meetups.read(mid, host))["waitlist_count"] == 2
    answers = await stored_answers(app, mid)
    assert [(u, t) for u, _, w, t in answers if w] == [(b.id, 1), (d.id, 3)]
    await assert_counters_exact(app)


async def test_without_capacity_everyone_goes(app: Any, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    mid = (await meetups.meetup(host))["id"]
    for _ in range(4):
        assert await answer(meetups, await forum.member(), mid) == going()
    # The host holds no place until she answers; then she takes one like anybody.
    assert (await meetups.read(mid, host))["going_count"] == 4
    assert await my_rsvp(meetups, mid, host) is None
    assert await answer(meetups, host, mid) == going()
    assert (await meetups.read(mid, host))["going_count"] == 5
    await assert_counters_exact(app)


async def test_a_host_who_needs_to_approve(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, a, b, c, stranger = [await forum.member() for _ in range(5)]
    mid = (await meetups.meetup(host, capacity=2, requires_approval=True))["id"]
    pending = {"status": "pending", "waitlisted": False, "position": None}

    assert await answer(meetups, a, mid) == pending
    assert await answer(meetups, a, mid) == pending  # asking again changes nothing
    assert await answer(meetups, b, mid) == pending
    # maybe and not going never wait for anyone.
    assert (await answer(meetups, c, mid, "maybe"))["status"] == "maybe"
    # The host's own answer needs nobody's yes.
    assert await answer(meetups, host, mid) == going()
    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["pending_count"]) == (1, 2)
    assert (await meetups.read(mid, a))["pending_count"] == 0  # the host's business
    assert await my_rsvp(meetups, mid, a) == pending
    listed = await attendees(client, mid, host, status="pending")
    assert [item["user"]["username"] for item in listed] == [a.username, b.username]
    await assert_counters_exact(app)

    url = f"/meetups/{mid}/rsvps/{a.username}/approve"
    problem(await client.post(url, headers=stranger.headers), 403)
    problem(await client.post(url, headers=a.headers), 403)
    problem(await client.post(url), 401)
    response = await client.post(url, headers=host.headers)
    assert response.status_code == 200, response.text
    assert response.json() == going()
    assert await my_rsvp(meetups, mid, a) == going()
    # Approving again changes nothing (no second event).
    again = await client.post(url, headers=host.headers)
    assert again.status_code == 200 and again.json() == going()
    approved = await events(app, "rsvp.approved", mid)
    assert [(e["user_id"], e["waitlisted"]) for e in approved] == [(a.id, False)]

    # Full now (host and a): b's approval puts her on the waitlist, and says so.
    response = await client.post(f"/meetups/{mid}/rsvps/{b.username}/approve", headers=host.headers)
    assert response.status_code == 200, response.text
    assert response.json() == waiting(1)
    approved = await events(app, "rsvp.approved", mid)
    assert [(e["user_id"], e["waitlisted"]) for e in approved] == [(a.id, False), (b.id, True)]

    # Nothing to approve: c said maybe; stranger never answered; nobody by that name.
    for name in (c.username, stranger.username):
        response = await client.post(f"/meetups/{mid}/rsvps/{name}/approve", headers=host.headers)
        problem(response, 409, "rsvp-not-pending")
    response = await client.post(f"/meetups/{mid}/rsvps/nobody-here/approve", headers=host.headers)
    problem(response, 404)
    problem(
        await client.post(f"/meetups/999999/rsvps/{a.username}/approve", headers=host.headers), 404
    )
    shown = await meetups.read(mid, host)
    assert (shown["going_count"], shown["waitlist_count"], shown["pending_count"]) == (2, 1, 0)
    await assert_counters_exact(app)


async def test_a_moderators_approval_is_audited(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, member = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    mid = (await meetups.meetup(host, requires_approval=True))["id"]
    await answer(meetups, member, mid)
    mark = await log_mark(client, moderator)
    # A moderator's own answer needs no approval either.
    assert await answer(meetups, moderator, mid) == going()
    response = await client.post(
        f"/meetups/{mid}/rsvps/{member.username}/approve", headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    assert response.json() == going()
    entries = await log_entries(client, moderator, after=mark)
    assert [(e["action"], e["target_id"]) for e in entries] == [("rsvp.approve", mid)]
    # The host's approvals are hers to give: not audited.
    other = await forum.member()
    await answer(meetups, other, mid)
    mark = await log_mark(client, moderator)
    response = await client.post(
        f"/meetups/{mid}/rsvps/{other.username}/approve", headers=host.headers
    )
    assert response.status_code == 200, response.text
    assert await log_entries(client, moderator, after=mark) == []
    await assert_counters_exact(app)


async def test_who_may_approve(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, member, bystander = [await forum.member() for _ in range(3)]
    moderator = await forum.moderator()
    mid = (await meetups.meetup(host, requires_approval=True))["id"]
    await answer(meetups, member, mid)
    url = f"/meetups/{mid}/rsvps/{member.username}/approve"

    reader = await meetups.pat(host, "read")
    problem(await client.post(url, headers=reader.headers), 403, "insufficient-scope")
    # A moderator's token without the moderate scope is a member's: not hers to approve.
    plain = await meetups.pat(moderator, "read", "write")
    problem(await client.post(url, headers=plain.headers), 403, "forbidden")
    problem(await client.post(url, headers=bystander.headers), 403, "forbidden")
    problem(
        await client.post(f"/meetups/0/rsvps/{member.username}/approve", headers=host.headers),
        422,
    )
    # Hidden: a member cannot learn it exists; its host still approves.
    await set_meetup(mid, is_hidden=True)
    problem(await client.post(url, headers=bystander.headers), 404)
    await set_meetup(mid, is_hidden=False)
    await set_meetup(mid, is_cancelled=True)
    problem(await client.post(url, headers=host.headers), 409, "meetup-cancelled")
    await set_meetup(mid, is_cancelled=False, starts_at=utcnow() - timedelta(hours=1))
    problem(await client.post(url, headers=host.headers), 409, "meetup-past")
    await set_meetup(mid, starts_at=utcnow() + timedelta(days=1))
    writer = await meetups.pat(host, "read", "write")
    await meetups.suspend(host)
    problem(await client.post(url, headers=host.headers), 403, "suspended")
    problem(await client.post(url, headers=writer.headers), 403, "suspended")
    response = await client.post(url, headers=moderator.headers)
    assert response.status_code == 200, response.text
    assert await events(app, "rsvp.approved", mid) != []
    await assert_counters_exact(app)


async def test_refusals(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, member, suspended = [await forum.member() for _ in range(3)]
    mid = (await meetups.meetup(host, capacity=3))["id"]
    url = f"/meetups/{mid}/rsvp"

    problem(await client.put(url, json={"status": "going"}), 401)
    await meetups.suspend(suspended)
    problem(await meetups.rsvp(suspended, mid), 403, "suspended")
    reader = await meetups.pat(member, "read")
    response = await client.put(url, json={"status": "going"}, headers=reader.headers)
    problem(response, 403, "insufficient-scope")
    writer = await meetups.pat(member, "read", "write")
    response = await client.put(url, json={"status": "maybe"}, headers=writer.headers)
    assert response.status_code == 200, response.text

    for body in ({"status": "pending"}, {"status": "yes"}, {}, {"status": None}, []):
        problem(await client.put(url, json=body, headers=member.headers), 422)
    response = await client.put(url, json={"status": "going", "extra": 1}, headers=member.headers)
    assert response.status_code in (200, 422)
    problem(await meetups.rsvp(member, 999999), 404)
    problem(
        await client.put("/meetups/0/rsvp", json={"status": "going"}, headers=member.headers), 422
    )
    problem(
        await client.put("/meetups/abc/rsvp", json={"status": "going"}, headers=member.headers),
        422,
    )

    # Hidden: not there for members; its host (and moderators) still answer.
    await set_meetup(mid, is_hidden=True)
    problem(await meetups.rsvp(member, mid), 404)
    assert (await meetups.rsvp(host, mid)).status_code == 200
    moderator = await forum.moderator()
    assert (await meetups.rsvp(moderator, mid)).status_code == 200
    await set_meetup(mid, is_hidden=False)

    # Cancelled, then past: 409 each, for every answer.
    await set_meetup(mid, is_cancelled=True, cancelled_at=utcnow())
    for status in ("going", "maybe", "not_going"):
        problem(await meetups.rsvp(member, mid, status), 409, "meetup-cancelled")
    await set_meetup(mid, is_cancelled=False, cancelled_at=None)
    await set_meetup(mid, starts_at=utcnow() - timedelta(minutes=1))
    for status in ("going", "maybe", "not_going"):
        problem(await meetups.rsvp(member, mid, status), 409, "meetup-past")
    await assert_counters_exact(app)


async def test_the_hosts_list_and_who_may_see_it(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host = await forum.member()
    crowd = [await forum.member() for _ in range(7)]
    mid = (await meetups.meetup(host, capacity=2))["id"]
    for member in crowd[:4]:
        await answer(meetups, member, mid)  # 2 going, 2 waiting
    await answer(meetups, crowd[4], mid, "maybe")
    await answer(meetups, crowd[5], mid, "not_going")
    await answer(meetups, crowd[6], mid)  # waiting, third

    url = f"/meetups/{mid}/rsvps"
    everyone = [await attendees(client, mid, host, limit=limit) for limit in (1, 2, 3, 100)]
    for listed in everyone:
        assert [(i["user"]["username"], i["status"], i["position"]) for i in listed] == [
            (crowd[0].username, "going", None),
            (crowd[1].username, "going", None),
            (crowd[2].username, "going", 1),
            (crowd[3].username, "going", 2),
            (crowd[6].username, "going", 3),
            (crowd[4].username, "maybe", None),
            (crowd[5].username, "not_going", None),
        ]
    going_only = await attendees(client, mid, host, status="going", limit=2)
    assert [i["user"]["id"] for i in going_only] == [
        m.id for m in (crowd[0], crowd[1], crowd[2], crowd[3], crowd[6])
    ]
    assert [i["waitlisted"] for i in going_only] == [False, False, True, True, True]
    maybe = await attendees(client, mid, host, status="maybe")
    assert [i["user"]["id"] for i in maybe] == [crowd[4].id]

    moderator = await forum.moderator()
    assert len(await attendees(client, mid, moderator)) == 7
    problem(await client.get(url), 401)
    problem(await client.get(url, headers=crowd[0].headers), 403)
    reader = await meetups.pat(host, "read")
    assert (await client.get(url, headers=reader.headers)).status_code == 200
    problem(await client.get(url, params={"status": "yes"}, headers=host.headers), 422)
    problem(await client.get(url, params={"cursor": "nonsense"}, headers=host.headers), 400)
    problem(await client.get("/meetups/999999/rsvps", headers=host.headers), 404)
    await set_meetup(mid, is_hidden=True)
    problem(await client.get(url, headers=crowd[0].headers), 404)
    assert (await client.get(url, headers=host.headers)).status_code == 200


async def test_a_member_who_leaves_frees_her_place(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, leaver, waiting_one = [await forum.member() for _ in range(3)]
    full = (await meetups.meetup(host, capacity=1))["id"]
    maybe = (await meetups.meetup(host))["id"]
    queued = (await meetups.meetup(host, capacity=1))["id"]
    # What she hosts: upcoming (cancelled when she leaves), and one that took place (kept).
    hosting = (await meetups.meetup(leaver, capacity=1))["id"]
    await answer(meetups, waiting_one, hosting)
    await answer(meetups, leaver, hosting)
    held = (await meetups.meetup(leaver))["id"]
    await set_meetup(held, starts_at=utcnow() - timedelta(days=1))
    await answer(meetups, leaver, full)
    await answer(meetups, waiting_one, full)
    await answer(meetups, leaver, maybe, "maybe")
    await answer(meetups, waiting_one, queued)
    await answer(meetups, leaver, queued)  # waitlisted

    response = await client.request(
        "DELETE", "/me", json={"password": PASSWORD, "posts": "keep"}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text
    assert await my_rsvp(meetups, full, waiting_one) == going()
    assert [p["user_ids"] for p in await events(app, "rsvp.promoted", full)] == [[waiting_one.id]]
    assert (await meetups.read(maybe, host))["maybe_count"] == 0
    assert (await meetups.read(queued, host))["waitlist_count"] == 0
    for meetup_id in (full, maybe, queued, hosting):
        assert leaver.id not in [user_id for user_id, *_ in await stored_answers(app, meetup_id)]
    gone = await meetups.read(hosting, waiting_one)
    assert gone["is_cancelled"] is True
    assert (gone["going_count"], gone["waitlist_count"]) == (1, 0)
    cancelled = await events(app, "meetup.cancelled", hosting)
    assert [(e["by_moderator"], e["reason"]) for e in cancelled] == [
        (False, "The host has left Village.")
    ]
    assert (await meetups.read(held, waiting_one))["is_cancelled"] is False
    assert await events(app, "rsvp.promoted", hosting) == []
    await assert_counters_exact(app)


async def test_the_export_has_her_answers(
    forum: Forum, meetups: Meetups, client: AsyncClient
) -> None:
    host, member = await forum.member(), await forum.member()
    meetup = await meetups.meetup(host, capacity=1)
    await answer(meetups, host, meetup["id"])
    await answer(meetups, member, meetup["id"])
    response = await client.get("/me/export", headers=member.headers)
    assert response.status_code == 200, response.text
    (row,) = response.json()["rsvps"]
    assert row["meetup_id"] == meetup["id"]
    assert row["meetup_title"] == meetup["title"]
    assert (row["status"], row["waitlisted"]) == ("going", True)
