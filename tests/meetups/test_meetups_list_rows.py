"""GET /meetups presents rows of columns, written once (the forum's thread list's way), through
the same presenter as the routes of one meet-up: each item of a page is what
GET /meetups/{id} answers the same viewer. The area prefix stays exact with the range of keys
beside the LIKE, and on SQLite that range reads the area index."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from app.meetups.service import _key_after_prefix
from tests.helpers import Forum, Member
from tests.meetups.conftest import Meetups, SetMeetup, in_days


def ids(page: dict[str, Any]) -> list[int]:
    return [item["id"] for item in page["items"]]


async def test_a_page_item_is_the_meetup_as_its_own_route_shows_it(
    forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, member, moderator = await forum.member(), await forum.member(), await forum.moderator()
    group = await meetups.group(host)
    full = await meetups.meetup(host, capacity=1, group=group["slug"], starts_at=in_days(1))
    asking = await meetups.meetup(host, requires_approval=True, starts_at=in_days(2))
    hidden = await meetups.meetup(host, starts_at=in_days(3), capacity=None, ends_at=None)
    await set_meetup(hidden["id"], is_hidden=True)
    assert (await meetups.rsvp(await forum.member(), full["id"])).status_code == 200
    assert (await meetups.rsvp(member, full["id"])).status_code == 200  # waitlisted, 1st
    assert (await meetups.rsvp(member, asking["id"])).status_code == 200  # pending

    viewers: list[Member | None] = [None, member, host, moderator]
    for viewer in viewers:
        page = await meetups.list(viewer)
        assert page["items"], viewer
        for item in page["items"]:
            assert item == await meetups.read(item["id"], viewer)
    by_id = {item["id"]: item for item in (await meetups.list(member))["items"]}
    assert by_id[full["id"]]["my_rsvp"] == {"status": "going", "waitlisted": True, "position": 1}
    assert by_id[full["id"]]["group"] == {
        "id": group["id"],
        "slug": group["slug"],
        "name": group["name"],
    }
    assert by_id[asking["id"]]["my_rsvp"]["status"] == "pending"
    assert by_id[asking["id"]]["pending_count"] == 0  # the host's and moderators' only
    assert hidden["id"] not in by_id
    hosted = {item["id"]: item for item in (await meetups.list(host))["items"]}
    assert hosted[asking["id"]]["pending_count"] == 1
    assert hidden["id"] in hosted
    assert all(item["venue"] is None for item in (await meetups.list())["items"])


async def test_area_prefixes_beyond_ascii_stay_exact(forum: Forum, meetups: Meetups) -> None:
    host = await forum.member()
    zurich = await meetups.meetup(host, area="Zürich Nord", starts_at=in_days(1))
    zz = await meetups.meetup(host, area="Zz Top", starts_at=in_days(2))
    straße = await meetups.meetup(host, area="Straße 9", starts_at=in_days(3))
    plain_z = await meetups.meetup(host, area="Zuid", starts_at=in_days(4))
    assert ids(await meetups.list(area="ZÜ")) == [zurich["id"]]
    assert ids(await meetups.list(area="z")) == [zurich["id"], zz["id"], plain_z["id"]]
    assert ids(await meetups.list(area="zz")) == [zz["id"]]
    assert ids(await meetups.list(area="STRASSE")) == [straße["id"]]  # case folded: ß → ss
    assert ids(await meetups.list(area="zürich nord x")) == []
    assert ids(await meetups.list(area="Zürich Nord", limit=1)) == [zurich["id"]]


def test_the_key_after_a_prefix() -> None:
    assert _key_after_prefix("leeds") == "leedt"
    assert _key_after_prefix("leeds ") == "leeds!"
    assert _key_after_prefix("a\ud7ff") == "a\ue000"  # over the surrogates
    assert _key_after_prefix("a\U0010ffff") is None
    assert _key_after_prefix("") is None


async def test_a_precise_area_reads_the_area_index_on_sqlite(
    app: Any, database_url: str, forum: Forum, meetups: Meetups
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's plan (PostgreSQL's: tests/bench/test_query_plans.py)")
    host = await forum.member()
    await meetups.meetup(host, area="Leeds North")
    seen: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if " meetups" in statement:
            seen.append((statement, parameters))

    engine = app.state.database.engine
    event.listen(engine.sync_engine, "before_cursor_execute", remember)
    try:
        assert len(ids(await meetups.list(area="leeds north"))) == 1
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", remember)
    ((statement, parameters),) = seen
    async with engine.connect() as connection:
        plan = await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        details = [row[3] for row in plan]
    assert any("ix_meetups_area" in detail for detail in details), details
