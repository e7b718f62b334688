"""The demo's local groups and meet-ups (issue 13): a new user sees the feature at once, with
upcoming meet-ups at dates relative to the day of seeding, a full one with a waitlist and one
that asks the host's yes, all written through the services with exact counters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from httpx import ASGITransport, AsyncClient

from app.config import Settings
from app.demo.content import DEMO_PASSWORD, DEMO_TIME_ZONE, GROUPS, MEETUPS, NEW_MEMBER, DemoWhen
from app.demo.seed import demo_start, seed_demo
from app.forum.service import posting_limits
from app.main import create_app, release_resources
from app.security import PasswordHashing
from tests.helpers import assert_counters_exact

LONDON = ZoneInfo(DEMO_TIME_ZONE)
THURSDAY = 3


@pytest.fixture
async def demo(settings: Settings) -> AsyncIterator[tuple[Any, AsyncClient]]:
    app = create_app(settings)
    async with app.state.database.sessionmaker() as session, session.begin():
        await seed_demo(session, PasswordHashing(settings), posting_limits(settings))
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test/api/v1") as client:
        yield app, client
    await release_resources(app)


async def sign_in(client: AsyncClient, username: str) -> dict[str, str]:
    response = await client.post(
        "/auth/token", data={"username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def meetups_by_title(client: AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get("/meetups", params={"limit": 50}, headers=headers)
    assert response.status_code == 200, response.text
    return {meetup["title"]: meetup for meetup in response.json()["items"]}


async def test_the_demo_has_local_groups_with_their_members(
    demo: tuple[Any, AsyncClient],
) -> None:
    app, client = demo
    response = await client.get("/groups", params={"limit": 50})
    assert response.status_code == 200, response.text
    groups = {group["name"]: group for group in response.json()["items"]}
    assert set(groups) == {group.name for group in GROUPS}
    for demo_group in GROUPS:
        group = groups[demo_group.name]
        assert group["area"] == demo_group.area
        assert group["member_count"] == 1 + len(demo_group.members)
    # A member sees the groups she is in; "Leeds North" found by a prefix of its area.
    priya = await sign_in(client, "priya_k")
    leeds = (await client.get("/groups", params={"area": "leeds"}, headers=priya)).json()
    assert [(g["name"], g["is_member"]) for g in leeds["items"]] == [("Leeds North parents", True)]
    await assert_counters_exact(app)


async def test_the_demo_has_upcoming_meetups_from_tomorrow(
    demo: tuple[Any, AsyncClient],
) -> None:
    app, client = demo
    visitor = await meetups_by_title(client, {})
    assert set(visitor) == {meetup.title for meetup in MEETUPS}
    now = datetime.now(UTC)
    starts = [datetime.fromisoformat(m["starts_at"]) for m in visitor.values()]
    assert all(start > now for start in starts)
    tomorrow = datetime.now(LONDON).date() + timedelta(days=1)
    assert min(start.astimezone(LONDON) for start in starts).date() == tomorrow
    assert max(starts) - now < timedelta(days=9)  # "this week", give or take
    assert {m["kind"] for m in visitor.values()} >= {"coffee", "playgroup", "park", "online"}
    assert all(m["venue"] is None for m in visitor.values())  # visitors see the area only
    online = visitor["Evening video chat: the witching hour"]
    assert online["group"] is None
    for demo_meetup in MEETUPS:
        meetup = visitor[demo_meetup.title]
        if demo_meetup.group is not None:
            assert meetup["group"]["name"] == demo_meetup.group
        # Its discussion thread, opened by the host.
        posts = await client.get(f"/threads/{meetup['thread_id']}/posts")
        assert posts.status_code == 200, posts.text
        assert posts.json()["items"][0]["author"]["username"] == demo_meetup.host
        assert meetup["host"]["username"] == demo_meetup.host
    await assert_counters_exact(app)


async def test_the_demo_has_a_full_meetup_with_a_waitlist_and_one_that_needs_a_yes(
    demo: tuple[Any, AsyncClient],
) -> None:
    app, client = demo
    tomasz = await meetups_by_title(client, await sign_in(client, "tomasz"))
    full = tomasz["Baby sensory taster (small room)"]
    assert (full["capacity"], full["going_count"], full["waitlist_count"]) == (3, 3, 1)
    assert full["my_rsvp"] == {"status": "going", "waitlisted": True, "position": 1}
    assert full["venue"]  # members see where

    breakfast = tomasz["Dads' breakfast (ask to join)"]
    assert breakfast["requires_approval"] is True
    assert breakfast["my_rsvp"]["status"] == "going"  # the host said yes
    lou = await meetups_by_title(client, await sign_in(client, NEW_MEMBER))
    assert lou["Dads' breakfast (ask to join)"]["my_rsvp"]["status"] == "pending"
    host = await meetups_by_title(client, await sign_in(client, "sam_and_bea"))
    assert host["Dads' breakfast (ask to join)"]["pending_count"] == 1

    coffee = tomasz["Coffee and a catch-up at the park café"]
    assert (coffee["going_count"], coffee["maybe_count"]) == (2, 1)
    assert coffee["my_rsvp"]["status"] == "maybe"
    await assert_counters_exact(app)


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("today", "when", "expected"),
    [
        (date(2026, 12, 1), DemoWhen(10, days=1), at(2026, 12, 2, 10)),
        # Tuesday → the Thursday of the same week; Thursday → the next one, never today.
        (date(2026, 12, 1), DemoWhen(9, 30, weekday=THURSDAY), at(2026, 12, 3, 9, 30)),
        (date(2026, 12, 3), DemoWhen(9, 30, weekday=THURSDAY), at(2026, 12, 10, 9, 30)),
        (date(2026, 12, 2), DemoWhen(9, 30, weekday=THURSDAY), at(2026, 12, 3, 9, 30)),
        # London summer time: 10:00 there is 09:00 UTC.
        (date(2026, 7, 1), DemoWhen(10, days=1), datetime(2026, 7, 2, 9, tzinfo=UTC)),
    ],
)
def test_demo_dates_are_relative_to_the_day_of_seeding(
    today: date, when: DemoWhen, expected: datetime
) -> None:
    assert demo_start(when, today, LONDON) == expected
