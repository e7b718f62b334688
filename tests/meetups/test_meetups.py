"""POST /meetups, GET /meetups/{id}, GET /meetups: creating one with its discussion thread,
reading it back, times in UTC, bad input as problems."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from httpx import AsyncClient

from tests.helpers import Forum, assert_counters_exact, problem
from tests.meetups.conftest import Meetups, in_days, meetup_body


async def test_create_answers_the_meetup_with_its_thread(
    app: object, client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    response = await meetups.create(host, capacity=12, requires_approval=True)
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["location"].endswith(f"/meetups/{created['id']}")
    assert created["host"]["username"] == host.username
    assert created["venue"] == "St Mary's church hall, 12 Chapel Lane"
    assert created["area"] == "Leeds North"
    assert created["kind"] == "playgroup"
    assert created["capacity"] == 12
    assert created["requires_approval"] is True
    assert created["going_count"] == created["waitlist_count"] == created["maybe_count"] == 0
    assert created["pending_count"] == 0
    assert created["my_rsvp"] is None  # the host holds no place unless she answers
    assert created["is_cancelled"] is False
    assert created["group"] is None

    assert await meetups.read(created["id"], host) == created

    thread = (await client.get(f"/threads/{created['thread_id']}")).json()
    assert thread["title"] == created["title"]
    assert thread["author"]["username"] == host.username
    posts = (await client.get(f"/threads/{created['thread_id']}/posts")).json()["items"]
    assert len(posts) == 1
    body = posts[0]["body"]
    assert "Leeds North" in body and "Toys, tea and a chat." in body
    assert "Chapel Lane" not in body and "Chapel Lane" not in posts[0]["body_html"]
    await assert_counters_exact(app)


async def test_meetups_without_a_group_share_one_category(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    first = await meetups.meetup(host)
    second = await meetups.meetup(host)
    one = (await client.get(f"/threads/{first['thread_id']}")).json()["category"]
    two = (await client.get(f"/threads/{second['thread_id']}")).json()["category"]
    assert one == two
    assert one["slug"] == "meetups"


async def test_times_with_an_offset_are_stored_and_shown_in_utc(
    forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    local = (datetime.now(UTC) + timedelta(days=10)).replace(microsecond=0)
    plus_two = local.astimezone(timezone(timedelta(hours=2)))
    created = await meetups.meetup(
        host, starts_at=plus_two.isoformat(), ends_at=(plus_two + timedelta(hours=1)).isoformat()
    )
    starts_at = datetime.fromisoformat(created["starts_at"])
    assert starts_at.utcoffset() == timedelta(0)
    assert starts_at == local
    read = await meetups.read(created["id"])
    assert datetime.fromisoformat(read["starts_at"]) == local
    assert datetime.fromisoformat(read["ends_at"]) == local + timedelta(hours=1)


async def test_a_visitor_sees_no_venue(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    created = await meetups.meetup(host)
    shown = await meetups.read(created["id"])
    assert shown["venue"] is None
    assert shown["area"] == "Leeds North"
    member = await forum.member()
    assert (await meetups.read(created["id"], member))["venue"] == created["venue"]


async def test_area_is_folded_for_display(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    created = await meetups.meetup(host, area="Leeds   North")
    assert created["area"] == "Leeds North"


async def test_in_a_group_the_thread_is_in_its_category(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    group = await meetups.group(host)
    created = await meetups.meetup(host, group=group["slug"])
    assert created["group"] == {"id": group["id"], "slug": group["slug"], "name": group["name"]}
    thread = (await client.get(f"/threads/{created['thread_id']}")).json()
    assert thread["category"]["slug"] == group["slug"]


async def test_unknown_group_is_404(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    problem(await meetups.create(host, group="no-such-group"), 404)


async def test_start_in_the_past_or_now_is_refused(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    body = problem(await meetups.create(host, starts_at=in_days(-1)), 422)
    assert body["errors"][0]["loc"] == ["body", "starts_at"]
    problem(await meetups.create(host, starts_at=in_days(0, seconds=-1)), 422)


async def test_end_before_start_is_refused(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    starts_at = in_days(3)
    for ends_at in (starts_at, starts_at - timedelta(minutes=1)):
        body = problem(await meetups.create(host, starts_at=starts_at, ends_at=ends_at), 422)
        assert body["errors"][0]["loc"] == ["body", "ends_at"]


async def test_bad_bodies_are_problems(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    bad = [
        {"capacity": 0},
        {"capacity": 10_001},
        {"capacity": True},
        {"kind": "rave"},
        {"title": "  "},
        {"title": "x" * 201},
        {"venue": ""},
        {"area": "L"},
        {"area": "x" * 81},
        {"starts_at": "2026-12-03T10:00:00"},  # no offset: names no instant
        {"starts_at": "not a time"},
        {"starts_at": "10000-01-01T00:00:00+00:00"},
        {"description": "x" * 5001},
        {"group": "Not A Slug"},
        {"anonymous": True},  # meet-ups are never hosted anonymously
        {"title": "Nul\x00"},
    ]
    for fields in bad:
        response = await client.post("/meetups", json=meetup_body(**fields), headers=host.headers)
        problem(response, 422)
    headers = {**host.headers, "content-type": "application/json"}
    response = await client.post("/meetups", content=b"{not json", headers=headers)
    assert response.status_code in (400, 422)
    problem(response, response.status_code)


async def test_unknown_or_bad_id_is_a_problem(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    problem(await client.get("/meetups/999999"), 404)
    problem(await client.get("/meetups/0"), 422)
    problem(await client.get("/meetups/abc"), 404)


async def test_idempotency_key_replays_the_creation(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    body = meetup_body()
    headers = {**host.headers, "Idempotency-Key": "meetup-1"}
    first = await client.post("/meetups", json=body, headers=headers)
    again = await client.post("/meetups", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.json() == first.json()
    listed = await meetups.list(host)
    assert [m["id"] for m in listed["items"]] == [first.json()["id"]]
