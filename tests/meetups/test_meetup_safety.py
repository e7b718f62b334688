"""Safety for meeting strangers: the venue never reaches a visitor by any route, a meet-up is
reported like a post (same reasons, same queue, same auto-hide rule), and moderators'
actions on its discussion reach the meet-up."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import select

from app.events import OutboxEvent
from tests.helpers import Forum, Member, assert_counters_exact, problem
from tests.meetups.conftest import Meetups

VENUE = "Flat 3, 27 Quietside Road"


async def test_the_venue_never_reaches_a_visitor(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    group = await meetups.group(host)
    created = await meetups.meetup(
        host, title="Toddler giraffe playgroup", venue=VENUE, group=group["slug"]
    )
    meetup_id, thread_id = created["id"], created["thread_id"]
    await forum.reply(host, thread_id, body="Looking forward to the giraffe playgroup!")
    assert (await meetups.patch(host, meetup_id, description="Bring snacks.")).status_code == 200
    visitor_routes = [
        "/meetups",
        f"/meetups?group={group['slug']}",
        "/meetups?area=leeds",
        f"/meetups/{meetup_id}",
        f"/threads/{thread_id}",
        f"/threads/{thread_id}/posts",
        "/threads",
        f"/threads?group={group['slug']}",
        "/search?q=giraffe",
        f"/groups/{group['slug']}",
        "/groups",
        f"/meetups/{meetup_id}.ics",
    ]
    for path in visitor_routes:
        response = await client.get(path)
        assert response.status_code == 200, (path, response.text)
        assert "Quietside" not in response.text, path
    # A signed-in member does see it, where a meet-up is shown.
    member = await forum.member()
    response = await client.get(f"/meetups/{meetup_id}", headers=member.headers)
    assert response.json()["venue"] == VENUE
    # Nor is it in the discussion's posts or the search for members: posts are public.
    for path in (f"/threads/{thread_id}/posts", "/search?q=giraffe"):
        response = await client.get(path, headers=member.headers)
        assert response.status_code == 200
        assert "Quietside" not in response.text, path
    # Nor in the revision the edit kept.
    post_id = (await client.get(f"/threads/{thread_id}/posts")).json()["items"][0]["id"]
    revisions = await client.get(f"/posts/{post_id}/revisions", headers=host.headers)
    assert "Quietside" not in revisions.text


async def _flag(client: AsyncClient, member: Member, meetup_id: int, reason: str = "safety") -> Any:
    return await client.post(
        f"/meetups/{meetup_id}/flags",
        json={"reason": reason, "note": "Asked me to come alone"},
        headers=member.headers,
    )


async def test_a_report_joins_the_review_queue(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, reporter, moderator = await forum.member(), await forum.member(), await forum.moderator()
    created = await meetups.meetup(host)
    response = await _flag(client, reporter, created["id"])
    assert response.status_code == 201, response.text
    flag = response.json()
    assert flag["reason"] == "safety"
    location = response.headers["location"]
    again = await client.get(location.removeprefix("/api/v1"), headers=reporter.headers)
    assert again.status_code == 200 and again.json()["id"] == flag["id"]
    queue = (await client.get("/moderation/queue", headers=moderator.headers)).json()["items"]
    (item,) = queue
    assert item["thread"]["id"] == created["thread_id"]
    assert item["post"]["number"] == 1
    assert [f["id"] for f in item["flags"]] == [flag["id"]]
    # The same member twice: refused as for a post.
    problem(await _flag(client, reporter, created["id"]), 409)
    await assert_counters_exact(app)


async def test_reporting_refusals(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host, member = await forum.member(), await forum.member()
    created = await meetups.meetup(host)
    problem(await _flag(client, host, created["id"]), 403)  # her own: change or cancel it
    problem(await client.post(f"/meetups/{created['id']}/flags", json={"reason": "spam"}), 401)
    problem(await _flag(client, member, created["id"], reason="boring"), 422)
    problem(await _flag(client, member, 999999), 404)


async def test_enough_reports_hide_the_meetup_and_unhiding_shows_it(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, moderator = await forum.member(), await forum.moderator()
    created = await meetups.meetup(host)
    meetup_id = created["id"]
    reporters = [await forum.member() for _ in range(3)]  # the default threshold
    for reporter in reporters:
        assert (await _flag(client, reporter, meetup_id, "spam")).status_code == 201
    # Hidden: gone for visitors and members, still there for the host and moderators.
    problem(await meetups.get(meetup_id), 404)
    problem(await meetups.get(meetup_id, reporters[0]), 404)
    assert (await meetups.list())["items"] == []
    assert (await meetups.read(meetup_id, host))["id"] == meetup_id
    assert (await meetups.read(meetup_id, moderator))["id"] == meetup_id
    problem(await meetups.rsvp(reporters[0], meetup_id), 404)
    fourth = await forum.member()
    problem(await _flag(client, fourth, meetup_id), 404)
    # A moderator shows its opening post again: the meet-up is back.
    post_id = (await client.get(f"/threads/{created['thread_id']}/posts")).json()["items"][0]
    response = await client.post(f"/posts/{post_id['id']}/unhide", headers=moderator.headers)
    assert response.status_code == 200, response.text
    assert (await meetups.read(meetup_id))["id"] == meetup_id
    async with app.state.database.sessionmaker() as session:
        kinds = list(
            await session.scalars(
                select(OutboxEvent.payload).where(OutboxEvent.kind == "meetup.updated")
            )
        )
    assert [payload["changed"] for payload in kinds] == [["is_hidden"], ["is_hidden"]]
    await assert_counters_exact(app)


async def test_deleting_its_discussion_cancels_the_meetup(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, moderator = await forum.member(), await forum.moderator()
    created = await meetups.meetup(host)
    response = await client.delete(f"/threads/{created['thread_id']}", headers=moderator.headers)
    assert response.status_code == 204
    shown = await meetups.read(created["id"])
    assert shown["is_cancelled"] is True
    async with app.state.database.sessionmaker() as session:
        (payload,) = list(
            await session.scalars(
                select(OutboxEvent.payload).where(OutboxEvent.kind == "meetup.cancelled")
            )
        )
    assert payload["by_moderator"] is True
    await assert_counters_exact(app)


async def test_deleting_its_opening_post_cancels_the_meetup(
    app: Any, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    """The opening post is what reports on a meet-up are made against: a host who deletes it
    cancels the meet-up rather than leaving one nobody can report (or read about)."""
    host, member = await forum.member(), await forum.member()
    created = await meetups.meetup(host)
    post = (await client.get(f"/threads/{created['thread_id']}/posts")).json()["items"][0]
    response = await client.delete(f"/posts/{post['id']}", headers=host.headers)
    assert response.status_code == 204
    shown = await meetups.read(created["id"])
    assert shown["is_cancelled"] is True
    problem(await meetups.rsvp(member, created["id"]), 409, "meetup-cancelled")
    again = await client.delete(f"/posts/{post['id']}", headers=host.headers)
    assert again.status_code in (204, 404)
    async with app.state.database.sessionmaker() as session:
        kinds = list(
            await session.scalars(
                select(OutboxEvent.payload).where(OutboxEvent.kind == "meetup.cancelled")
            )
        )
    assert [payload["by_moderator"] for payload in kinds] == [False]
    await assert_counters_exact(app)


async def test_a_moderator_hiding_the_opening_post_hides_the_meetup(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, moderator = await forum.member(), await forum.moderator()
    created = await meetups.meetup(host)
    post = (await client.get(f"/threads/{created['thread_id']}/posts")).json()["items"][0]
    response = await client.post(
        f"/posts/{post['id']}/hide", json={"reason": "Personal details"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    problem(await meetups.get(created["id"]), 404)
    # A reply hidden is only a reply.
    other = await meetups.meetup(host)
    reply = await forum.reply(host, other["thread_id"])
    response = await client.post(
        f"/posts/{reply['id']}/hide", json={"reason": "Off topic"}, headers=moderator.headers
    )
    assert response.status_code == 200
    assert (await meetups.get(other["id"])).status_code == 200
