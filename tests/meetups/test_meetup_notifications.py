"""Meet-up notifications, made by the worker (app/meetups/notify.py) from committed meet-up
events: who is told of a change, a cancellation, a promotion off the waitlist and an
approval; exactly once per event and member; announced once; shown by GET /notifications."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from app.events import EventKind
from tests.helpers import Forum, Member
from tests.meetups.conftest import Meetups, in_days
from tests.notifications.fixtures import (
    announced,
    block,
    last_event_id,
    listed,
    redispatch,
    rows,
    run_worker,
)


async def told(client: AsyncClient, member: Member) -> list[tuple[str, int | None]]:
    """(action, meet-up id) of the member's meet-up notifications, oldest first."""
    items = await listed(client, member)
    return [(item["action"], item["meetup_id"]) for item in reversed(items)]


async def answered(meetups: Meetups, meetup_id: int, **members: Member) -> None:
    for status, member in members.items():
        answer = status.rstrip("0123456789")
        response = await meetups.rsvp(member, meetup_id, answer)
        assert response.status_code == 200, response.text


async def test_a_change_tells_everyone_who_answered_but_the_host(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, going, maybe, waiting, no, blocker, leaver = [await forum.member() for _ in range(7)]
    meetup = await meetups.meetup(host, capacity=2, title="Thursday playgroup")
    await answered(
        meetups,
        meetup["id"],
        going=going,
        going2=blocker,
        going3=waiting,
        maybe=maybe,
        not_going=no,
        going4=leaver,
    )
    assert (await meetups.rsvp(host, meetup["id"])).status_code == 200
    await block(app, blocker, host)
    response = await client.request(
        "DELETE", "/me", json={"password": leaver.password, "posts": "keep"}, headers=leaver.headers
    )
    assert response.status_code == 204, response.text
    await run_worker(app)
    # Only what members plan by: a new description tells nobody.
    assert (
        await meetups.patch(host, meetup["id"], description="Now with songs")
    ).status_code == 200
    await run_worker(app)
    assert await rows(app, kind="meetup") == []

    assert (
        await meetups.patch(host, meetup["id"], starts_at=in_days(8), ends_at=None)
    ).status_code == 200
    await run_worker(app)
    for member in (going, maybe, waiting):
        (item,) = await listed(client, member)
        assert item == {
            "id": item["id"],
            "kind": "meetup",
            "created_at": item["created_at"],
            "read_at": None,
            "thread": {"id": meetup["thread_id"], "title": item["thread"]["title"]},
            "post": None,
            "actor": {
                "id": host.id,
                "username": host.username,
                "display_name": item["actor"]["display_name"],
                "role": "member",
            },
            "anonymous_label": None,
            "action": "changed",
            "reason": None,
            "meetup_id": meetup["id"],
        }
    for member in (host, no, blocker):
        assert await listed(client, member) == []
    assert {row.user_id for row in await rows(app, kind="meetup")} == {
        going.id,
        maybe.id,
        waiting.id,
    }
    # One announcement, naming exactly those made.
    (last,) = [
        payload
        for payload in await announced(app)
        if set(payload["user_ids"]) == {going.id, maybe.id, waiting.id}
    ]
    assert len(last["notification_ids"]) == 3


async def test_a_moderators_change_and_cancel_name_no_actor_and_tell_the_host(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, member = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    meetup = await meetups.meetup(host)
    await answered(meetups, meetup["id"], going=member, going2=host)
    response = await meetups.patch(moderator, meetup["id"], title="Playgroup (moved)")
    assert response.status_code == 200, response.text
    await run_worker(app)
    # A change the worker comes to after the cancellation is not told: the cancel is.
    response = await meetups.patch(moderator, meetup["id"], venue="Somewhere else")
    assert response.status_code == 200, response.text
    response = await meetups.cancel(moderator, meetup["id"], "Not a real meet-up")
    assert response.status_code == 200, response.text
    await run_worker(app)
    for person in (member, host):
        items = await listed(client, person)
        assert [(i["action"], i["actor"], i["reason"]) for i in reversed(items)] == [
            ("changed", None, None),
            ("cancelled", None, "Not a real meet-up"),
        ]


async def test_a_cancel_tells_those_who_answered_with_the_reason_once(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, going, pending = await forum.member(), await forum.member(), await forum.member()
    meetup = await meetups.meetup(host, requires_approval=True)
    await answered(meetups, meetup["id"], going=pending)
    before = await last_event_id(app)
    for _ in range(2):  # a second cancel changes nothing: one event
        response = await meetups.cancel(host, meetup["id"], "The hall is flooded")
        assert response.status_code == 200, response.text
    await run_worker(app)
    (item,) = await listed(client, pending)
    assert (item["action"], item["reason"], item["actor"]["id"]) == (
        "cancelled",
        "The hall is flooded",
        host.id,
    )
    assert await listed(client, going) == []
    assert await listed(client, host) == []
    # The worker meets the events again (a lost commit): nobody is told twice.
    await redispatch(app, before)
    await run_worker(app)
    assert len(await rows(app, kind="meetup")) == 1
    assert [p for p in await announced(app) if pending.id in p["user_ids"]].__len__() == 1


async def test_moving_off_the_waitlist_is_told_to_whoever_moved(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, first, second, third = [await forum.member() for _ in range(4)]
    meetup = await meetups.meetup(host, capacity=1)
    await answered(meetups, meetup["id"], going=first, going2=second, going3=third)
    await run_worker(app)
    assert await rows(app, kind="meetup") == []
    assert (await meetups.rsvp(first, meetup["id"], "not_going")).status_code == 200
    await run_worker(app)
    (item,) = await listed(client, second)
    assert (item["action"], item["actor"], item["meetup_id"]) == ("promoted", None, meetup["id"])
    for member in (first, third, host):
        assert await listed(client, member) == []


async def test_a_promotion_is_not_told_to_one_who_dropped_out_since(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, first, second = [await forum.member() for _ in range(3)]
    meetup = await meetups.meetup(host, capacity=1)
    await answered(meetups, meetup["id"], going=first, going2=second)
    assert (await meetups.rsvp(first, meetup["id"], "not_going")).status_code == 200
    assert (await meetups.rsvp(second, meetup["id"], "not_going")).status_code == 200
    await run_worker(app)
    assert await rows(app, kind="meetup") == []


async def test_an_approval_is_told_to_the_member(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, member, other = [await forum.member() for _ in range(3)]
    meetup = await meetups.meetup(host, requires_approval=True)
    await answered(meetups, meetup["id"], going=member, going2=other)
    response = await client.post(
        f"/meetups/{meetup['id']}/rsvps/{member.username}/approve", headers=host.headers
    )
    assert response.status_code == 200, response.text
    await run_worker(app)
    (item,) = await listed(client, member)
    assert (item["action"], item["actor"]["id"]) == ("approved", host.id)
    assert await listed(client, other) == []
    kinds = [row.kind for row in await rows(app)]
    assert kinds == ["meetup"]
    assert EventKind.rsvp_approved.value == "rsvp.approved"
