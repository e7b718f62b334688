"""Calendars: GET /meetups/{id}.ics and the private feed GET /me/calendar.ics?key=, parsed
back with a real iCalendar parser (icalendar) and checked field by field; the feed's key
made, replaced and revoked (POST/DELETE /me/calendar-key), and accepted nowhere else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

from httpx import AsyncClient, Response
from icalendar import Calendar
from icalendar.cal import Component

from app.meetups.calendar import DEFAULT_DURATION, Site, render
from app.meetups.models import Meetup
from tests.helpers import Forum, Member, problem
from tests.meetups.conftest import Meetups, SetMeetup, in_days

HOST = "localhost"  # of the test settings' PUBLIC_URL (the default)


def parsed(response: Response) -> Calendar:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Village//Meet-ups//EN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    return calendar


def events(calendar: Calendar) -> list[Component]:
    return list(calendar.walk("VEVENT"))


def only_event(response: Response) -> Component:
    (event,) = events(parsed(response))
    return event


async def ics(client: AsyncClient, meetup_id: int, viewer: Member | None = None) -> Response:
    headers = viewer.headers if viewer is not None else {}
    return await client.get(f"/meetups/{meetup_id}.ics", headers=headers)


def utc(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(UTC)


async def feed_url(client: AsyncClient, member: Member) -> str:
    response = await client.post("/me/calendar-key", headers=member.headers)
    assert response.status_code == 201, response.text
    url: str = response.json()["url"]
    return url


def key_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["key"][0]


async def feed(client: AsyncClient, key: str | None) -> Response:
    return await client.get("/me/calendar.ics", params={} if key is None else {"key": key})


async def test_a_meetup_ics_field_by_field(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host, member = await forum.member(), await forum.member()
    plus_two = timezone(timedelta(hours=2))
    starts = in_days(5).astimezone(plus_two)
    meetup = await meetups.meetup(
        host,
        title="Thursday playgroup, with songs; bring a snack",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1, minutes=30),
        description="Toys, tea and a chat.",
    )
    response = await ics(client, meetup["id"], member)
    assert response.headers["cache-control"] == "private, no-cache"
    event = only_event(response)
    assert str(event["UID"]) == f"meetup-{meetup['id']}@{HOST}"
    assert event["SEQUENCE"] == 0
    assert isinstance(event.decoded("DTSTAMP"), datetime)
    # Written in UTC (…Z), the same instant as the +02:00 time it was made with.
    assert b"DTSTART:" in response.content and b"Z\r\n" in response.content
    assert event.decoded("DTSTART") == starts
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert event.decoded("DTEND") == starts + timedelta(hours=1, minutes=30)
    assert str(event["SUMMARY"]) == "Thursday playgroup, with songs; bring a snack"
    page = f"http://localhost:8000/meetups/{meetup['id']}"
    assert str(event["DESCRIPTION"]) == f"Toys, tea and a chat.\n\n{page}"
    assert str(event["URL"]) == page
    assert str(event["LOCATION"]) == "St Mary's church hall, 12 Chapel Lane"
    assert str(event["STATUS"]) == "CONFIRMED"


async def test_uid_stays_sequence_grows_and_a_cancel_says_cancelled(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    meetup = await meetups.meetup(host)
    first = only_event(await ics(client, meetup["id"], host))
    later = in_days(6)
    response = await meetups.patch(host, meetup["id"], starts_at=later, ends_at=None)
    assert response.status_code == 200, response.text
    moved = only_event(await ics(client, meetup["id"], host))
    assert moved["UID"] == first["UID"]
    assert moved["SEQUENCE"] > first["SEQUENCE"]
    assert moved.decoded("DTSTART") == later
    # No end: two hours.
    assert moved.decoded("DTEND") == later + DEFAULT_DURATION
    assert (await meetups.cancel(host, meetup["id"], "The hall is flooded")).status_code == 200
    cancelled = only_event(await ics(client, meetup["id"]))
    assert cancelled["UID"] == first["UID"]
    assert cancelled["SEQUENCE"] > moved["SEQUENCE"]
    assert str(cancelled["STATUS"]) == "CANCELLED"


async def test_visitors_get_the_area_never_the_venue(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    host = await forum.member()
    meetup = await meetups.meetup(host, venue="Flat 3, 14 Secret Road", area="Leeds North")
    response = await ics(client, meetup["id"])
    assert str(only_event(response)["LOCATION"]) == "Leeds North"
    assert b"Secret Road" not in response.content
    member = await forum.member()
    assert str(only_event(await ics(client, meetup["id"], member))["LOCATION"]) == (
        "Flat 3, 14 Secret Road"
    )


async def test_missing_and_hidden_meetups_are_404_but_for_host_and_moderators(
    client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, member, moderator = await forum.member(), await forum.member(), await forum.moderator()
    problem(await client.get("/meetups/999999.ics"), 404)
    meetup = await meetups.meetup(host)
    await set_meetup(meetup["id"], is_hidden=True)
    problem(await ics(client, meetup["id"]), 404)
    problem(await ics(client, meetup["id"], member), 404)
    assert (await ics(client, meetup["id"], host)).status_code == 200
    assert (await ics(client, meetup["id"], moderator)).status_code == 200
    # The .ics path is its own: GET /meetups/{id} still answers JSON.
    assert (await client.get(f"/meetups/{meetup['id']}", headers=host.headers)).json()["id"] == (
        meetup["id"]
    )
    for bad in ("0.ics", "abc.ics", "-1.ics", "99999999999999999999.ics"):
        response = await client.get(f"/meetups/{bad}")
        assert response.status_code in (404, 422), (bad, response.status_code)
        problem(response, response.status_code)


async def test_the_feed_lists_only_her_going_meetups_cancelled_ones_as_cancelled(
    client: AsyncClient, forum: Forum, meetups: Meetups, set_meetup: SetMeetup
) -> None:
    host, priya, sam = await forum.member(), await forum.member(), await forum.member()
    going = await meetups.meetup(host, starts_at=in_days(3), venue="The park cafe")
    cancelled = await meetups.meetup(host, starts_at=in_days(4))
    maybe = await meetups.meetup(host, starts_at=in_days(5))
    full = await meetups.meetup(host, starts_at=in_days(6), capacity=1)
    recent = await meetups.meetup(host, starts_at=in_days(2))
    old = await meetups.meetup(host, starts_at=in_days(2))
    not_mine = await meetups.meetup(host, starts_at=in_days(2))
    for meetup in (going, cancelled, recent, old):
        assert (await meetups.rsvp(priya, meetup["id"])).status_code == 200
    assert (await meetups.rsvp(priya, maybe["id"], "maybe")).status_code == 200
    assert (await meetups.rsvp(sam, full["id"])).status_code == 200
    waitlisted = await meetups.rsvp(priya, full["id"])
    assert waitlisted.json()["waitlisted"] is True
    assert (await meetups.rsvp(sam, not_mine["id"])).status_code == 200
    assert (await meetups.cancel(host, cancelled["id"])).status_code == 200
    await set_meetup(recent["id"], starts_at=in_days(-29), ends_at=None)
    await set_meetup(old["id"], starts_at=in_days(-31), ends_at=None)

    url = await feed_url(client, priya)
    assert url.startswith("http://localhost:8000/api/v1/me/calendar.ics?key=vcal_")
    response = await feed(client, key_of(url))
    assert response.headers["cache-control"] == "private, max-age=300"
    found = {str(event["UID"]): event for event in events(parsed(response))}
    assert set(found) == {f"meetup-{meetup['id']}@{HOST}" for meetup in (going, cancelled, recent)}
    by_id = {meetup["id"]: found.get(f"meetup-{meetup['id']}@{HOST}") for meetup in (going,)}
    assert str(by_id[going["id"]]["LOCATION"]) == "The park cafe"  # she is a member
    assert str(found[f"meetup-{cancelled['id']}@{HOST}"]["STATUS"]) == "CANCELLED"
    assert str(found[f"meetup-{going['id']}@{HOST}"]["STATUS"]) == "CONFIRMED"
    # Sam's feed is his.
    sams = events(parsed(await feed(client, key_of(await feed_url(client, sam)))))
    assert {str(event["UID"]) for event in sams} == {
        f"meetup-{meetup['id']}@{HOST}" for meetup in (full, not_mine)
    }


async def test_a_key_is_replaced_and_revoked_at_once_and_wrong_keys_are_404(
    client: AsyncClient, forum: Forum
) -> None:
    priya = await forum.member()
    first = key_of(await feed_url(client, priya))
    assert (await feed(client, first)).status_code == 200
    second = key_of(await feed_url(client, priya))
    assert second != first
    problem(await feed(client, first), 404, "calendar-key-not-found")
    assert (await feed(client, second)).status_code == 200
    revoked = await client.delete("/me/calendar-key", headers=priya.headers)
    assert revoked.status_code == 204
    problem(await feed(client, second), 404, "calendar-key-not-found")
    # Revoking again changes nothing.
    assert (await client.delete("/me/calendar-key", headers=priya.headers)).status_code == 204
    for wrong in (None, "", "vcal_" + "A" * 43, "not-a-key", second.upper()):
        problem(await feed(client, wrong), 404, "calendar-key-not-found")
    problem(await feed(client, "x" * 1001), 422)


async def test_the_key_is_no_credential_anywhere_else(client: AsyncClient, forum: Forum) -> None:
    priya = await forum.member()
    key = key_of(await feed_url(client, priya))
    as_bearer = {"Authorization": f"Bearer {key}"}
    problem(await client.get("/me/preferences", headers=as_bearer), 401)
    problem(await client.post("/me/calendar-key", headers=as_bearer), 401)
    problem(await client.get("/meetups/1.ics", headers=as_bearer), 401)
    # Nor is a sign-in the feed's key.
    problem(await feed(client, priya.access_token), 404)


async def test_who_may_make_and_revoke_a_key(
    client: AsyncClient, forum: Forum, meetups: Meetups
) -> None:
    problem(await client.post("/me/calendar-key"), 401)
    problem(await client.delete("/me/calendar-key"), 401)
    priya = await forum.member()
    reader = await meetups.pat(priya, "read")
    problem(
        await client.post("/me/calendar-key", headers=reader.headers), 403, "insufficient-scope"
    )
    problem(
        await client.delete("/me/calendar-key", headers=reader.headers), 403, "insufficient-scope"
    )
    writer = await meetups.pat(priya, "read", "write")
    response = await client.post("/me/calendar-key", headers=writer.headers)
    assert response.status_code == 201, response.text
    assert response.headers["location"] == "/api/v1/me/calendar.ics"
    # Suspended: it changes nothing anyone else sees.
    await meetups.suspend(priya)
    assert (await client.post("/me/calendar-key", headers=priya.headers)).status_code == 201
    assert (await client.delete("/me/calendar-key", headers=priya.headers)).status_code == 204
    # A read-only token may fetch a meet-up's file like anyone.
    meetup = await meetups.meetup(await forum.member())
    assert (await ics(client, meetup["id"], reader)).status_code == 200  # type: ignore[arg-type]


async def test_a_member_who_left_has_no_feed(client: AsyncClient, forum: Forum) -> None:
    priya = await forum.member()
    key = key_of(await feed_url(client, priya))
    response = await client.request(
        "DELETE", "/me", json={"password": priya.password, "posts": "keep"}, headers=priya.headers
    )
    assert response.status_code in (200, 204), response.text
    problem(await feed(client, key), 404)


def test_render_is_rfc5545_text() -> None:
    """Commas, semicolons and new lines escaped, long lines folded, CRLF line ends."""
    starts = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    meetup: Any = Meetup(
        id=7,
        title="Coffee, cake; chat",
        description="A line\nand another " + "long " * 30,
        starts_at=starts,
        ends_at=None,
        venue="Cafe",
        area="Leeds",
        is_cancelled=False,
        sequence=2,
        updated_at=starts,
    )
    text = render([meetup], Site("https://village.example"), show_venue=True, now=starts)
    assert b"SUMMARY:Coffee\\, cake\\; chat\r\n" in text
    assert all(len(line) <= 75 for line in text.split(b"\r\n"))
    event = events(Calendar.from_ical(text))[0]
    assert str(event["UID"]) == "meetup-7@village.example"
    assert event.decoded("DTEND") == starts + timedelta(hours=2)
