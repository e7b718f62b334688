"""GET /meetups: upcoming first, keyset pages, by area prefix, group and date range; what is
left out (past, cancelled, hidden); bounded statements per page."""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

from httpx import AsyncClient

from tests.helpers import Forum, problem
from tests.meetups.conftest import Meetups, SetMeetup, in_days, page_selects


def ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page["items"]]


async def test_upcoming_first_in_keyset_pages(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    days = [5, 1, 3, 3, 2, 8, 4]
    made = [await meetups.meetup(host, starts_at=in_days(d)) for d in days]
    expected = [m["id"] for m in sorted(made, key=lambda m: (m["starts_at"], m["id"]))]
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = await meetups.list(host, **params)
        assert len(page["items"]) <= 3
        seen += ids(page)
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == expected


async def test_past_and_cancelled_are_left_out(
    forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host = await forum.member()
    past = await meetups.meetup(host)
    cancelled = await meetups.meetup(host)
    upcoming = await meetups.meetup(host)
    await set_meetup(past["id"], starts_at=in_days(-1), ends_at=None)
    assert (await meetups.cancel(host, cancelled["id"])).status_code == 200
    assert ids(await meetups.list()) == [upcoming["id"]]
    # `from` reaching back shows the past one; the cancelled one stays out.
    assert ids(await meetups.list(**{"from": in_days(-2)})) == [past["id"], upcoming["id"]]
    assert (await meetups.read(past["id"]))["id"] == past["id"]


async def test_area_prefix_folds_case_and_spaces(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    north = await meetups.meetup(host, area="Leeds North", starts_at=in_days(1))
    north_east = await meetups.meetup(host, area="leeds  north east", starts_at=in_days(2))
    york = await meetups.meetup(host, area="York", starts_at=in_days(3))
    percent = await meetups.meetup(host, area="100% Leeds", starts_at=in_days(4))
    assert ids(await meetups.list(area="LEEDS   north")) == [north["id"], north_east["id"]]
    assert ids(await meetups.list(area="leeds north e")) == [north_east["id"]]
    assert ids(await meetups.list(area="york")) == [york["id"]]
    assert ids(await meetups.list(area="100%")) == [percent["id"]]
    assert ids(await meetups.list(area="1_0")) == []  # LIKE's wildcards are literal
    assert ids(await meetups.list(area="Bristol")) == []


async def test_by_group(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    group = await meetups.group(host)
    other = await meetups.group(host)
    mine = await meetups.meetup(host, group=group["slug"])
    await meetups.meetup(host, group=other["slug"])
    await meetups.meetup(host)
    assert ids(await meetups.list(group=group["slug"])) == [mine["id"]]
    problem(await client.get("/meetups", params={"group": "no-such-group"}), 404)


async def test_date_range(client: AsyncClient, forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    made = {d: await meetups.meetup(host, starts_at=in_days(d)) for d in (1, 3, 6, 10)}
    page = await meetups.list(**{"from": in_days(2), "to": in_days(7)})
    assert ids(page) == [made[3]["id"], made[6]["id"]]
    page = await meetups.list(to=in_days(4))
    assert ids(page) == [made[1]["id"], made[3]["id"]]
    # With an offset, converted: the same instant as in UTC.
    plus_five = in_days(2).astimezone(timezone(timedelta(hours=5)))
    assert ids(await meetups.list(**{"from": plus_five, "to": in_days(4)})) == [made[3]["id"]]


async def test_bad_list_parameters_are_problems(client: AsyncClient) -> None:
    bad = [
        {"from": in_days(5).isoformat(), "to": in_days(4).isoformat()},
        {"from": "yesterday"},
        {"to": "2026-12-03T10:00:00"},  # no offset
        {"from": "0001-01-01T00:00:00+00:00"},
        {"limit": 0},
        {"limit": 101},
        {"area": "x" * 81},
        {"area": "a\x00b"},
        {"group": "Not A Slug"},
    ]
    for params in bad:
        problem(await client.get("/meetups", params=params), 422)
    problem(await client.get("/meetups", params={"cursor": "garbage"}), 400, "invalid-cursor")


async def test_hidden_meetups_only_for_host_and_moderators(
    forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, member, moderator = await forum.member(), await forum.member(), await forum.moderator()
    hidden = await meetups.meetup(host)
    shown = await meetups.meetup(host)
    await set_meetup(hidden["id"], is_hidden=True)
    assert ids(await meetups.list()) == [shown["id"]]
    assert ids(await meetups.list(member)) == [shown["id"]]
    assert ids(await meetups.list(host)) == [hidden["id"], shown["id"]]
    assert ids(await meetups.list(moderator)) == [hidden["id"], shown["id"]]
    assert (await meetups.get(hidden["id"])).status_code == 404
    problem(await meetups.get(hidden["id"], member), 404)
    assert (await meetups.get(hidden["id"], host)).status_code == 200
    assert (await meetups.get(hidden["id"], moderator)).status_code == 200


async def test_a_page_is_a_bounded_number_of_statements(
    forum: Forum, meetups: Meetups, statements: list[str]
) -> None:
    """No N+1: hosts, groups and the viewer's answers with their places come in a fixed
    number of statements, however long the page."""
    host = await forum.member()
    viewer = await forum.member()

    async def cost(limit: int) -> int:
        statements.clear()
        page = await meetups.list(viewer, limit=limit)
        assert len(page["items"]) == limit
        return page_selects(statements)

    for _ in range(2):
        created = await meetups.meetup(host, capacity=1)
        await meetups.rsvp(viewer, created["id"])
    small = await cost(2)
    for _ in range(8):
        created = await meetups.meetup(host, capacity=1)
        other = await forum.member()
        await meetups.rsvp(other, created["id"])
        await meetups.rsvp(viewer, created["id"])
    assert await cost(10) == small
    page = await meetups.list(viewer, limit=10)
    positions = [item["my_rsvp"] for item in page["items"]]
    assert positions[:2] == [{"status": "going", "waitlisted": False, "position": None}] * 2
    assert positions[2:] == [{"status": "going", "waitlisted": True, "position": 1}] * 8
