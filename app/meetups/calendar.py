"""Calendars (RFC 5545): one meet-up as an `.ics` file for the viewer's calendar app, and a
member's private feed of the meet-ups she is going to, which calendar apps poll.

A meet-up is one VEVENT whose UID never changes (`meetup-{id}@{host of PUBLIC_URL}`) and
whose SEQUENCE is `meetups.sequence`, bumped by every change, so a calendar app that
imported it replaces its copy when it sees the file again; a cancelled meet-up stays in the
file with STATUS:CANCELLED, which makes calendar apps remove it. Times are written in UTC
(`…Z`), so no VTIMEZONE is needed: each app shows them in its own zone. The exact place
(LOCATION) follows the venue rule: signed-in members see the venue, visitors the area.

The feed's key is a credential for that feed only: a random token whose SHA-256 is stored
(`calendar_keys`, one per member), replaced or revoked at will, the old one dead at once.
It is accepted nowhere else, and a missing, wrong or revoked key is a plain 404, so the
feed never tells whether a member exists. Two statements: the key, then her meet-ups."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode, urlsplit

from icalendar import Calendar, Event
from sqlalchemy import delete, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.db import dialect_insert, utcnow
from app.errors import NotFound
from app.meetups import policy
from app.meetups.models import CalendarKey, Meetup, Rsvp, RsvpStatus
from app.security import secret_digest

PRODID = "-//Village//Meet-ups//EN"
DEFAULT_DURATION = timedelta(hours=2)  # a meet-up without ends_at
FEED_PAST_DAYS = 30  # the feed keeps meet-ups this long after they started
MAX_FEED_EVENTS = 500  # a bound on the feed's size, whatever a member answered
KEY_PREFIX = "vcal_"  # recognisable in logs; never a JWT or a personal access token
MAX_KEY_CHARS = 1000  # longer than any key: a longer one is refused (422) before it is read
FEED_PATH = "/api/v1/me/calendar.ics"


class MeetupNotFound(NotFound):
    pass


class CalendarKeyNotFound(NotFound):
    slug, title = "calendar-key-not-found", "No calendar with this key"
    advice = (
        "The feed's `key` is missing, wrong, or was replaced or revoked by its owner (a new "
        "key kills the old one at once). A calendar app should stop polling this address; "
        "its owner can make a new one with `POST /me/calendar-key`."
    )


@dataclass(frozen=True)
class Site:
    """Where the forum lives (PUBLIC_URL): the UIDs' domain and the links' base."""

    public_url: str

    @property
    def host(self) -> str:
        return urlsplit(self.public_url).hostname or "localhost"

    def uid(self, meetup_id: int) -> str:
        return f"meetup-{meetup_id}@{self.host}"

    def page(self, meetup_id: int) -> str:
        return f"{self.public_url.rstrip('/')}/meetups/{meetup_id}"

    def feed(self, key: str) -> str:
        return f"{self.public_url.rstrip('/')}{FEED_PATH}?{urlencode({'key': key})}"


def _event(meetup: Meetup, site: Site, *, show_venue: bool, stamp: datetime) -> Event:
    page = site.page(meetup.id)
    event = Event()
    event.add("uid", site.uid(meetup.id))
    event.add("sequence", meetup.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", meetup.starts_at)
    event.add("dtend", meetup.ends_at or meetup.starts_at + DEFAULT_DURATION)
    event.add("summary", meetup.title)
    description = meetup.description.strip()
    event.add("description", f"{description}\n\n{page}" if description else page)
    event.add("location", meetup.venue if show_venue else meetup.area)
    event.add("status", "CANCELLED" if meetup.is_cancelled else "CONFIRMED")
    event.add("url", page)
    event.add("last-modified", meetup.updated_at)
    return event


def render(
    meetups: Sequence[Meetup],
    site: Site,
    *,
    show_venue: bool,
    name: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """The VCALENDAR of `meetups` (METHOD:PUBLISH), one VEVENT each, times in UTC."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name is not None:
        calendar.add("x-wr-calname", name)
    stamp = now or utcnow()
    for meetup in meetups:
        calendar.add_component(_event(meetup, site, show_venue=show_venue, stamp=stamp))
    ical: bytes = calendar.to_ical()
    return ical


async def meetup_calendar(
    session: AsyncSession, viewer: User | None, meetup_id: int, site: Site
) -> bytes:
    """GET /meetups/{id}.ics: anyone may fetch it (the venue for members only); a hidden
    meet-up is missing for everyone but its host and the moderators. One statement."""
    meetup = await session.scalar(select(Meetup).where(Meetup.id == meetup_id))
    if meetup is None or not policy.can_see_meetup(viewer, meetup.host_id, meetup.is_hidden):
        raise MeetupNotFound("No such meet-up.")
    return render([meetup], site, show_venue=policy.can_see_venue(viewer))


def new_key() -> str:
    return f"{KEY_PREFIX}{secrets.token_urlsafe(32)}"


async def replace_key(session: AsyncSession, member: User, site: Site) -> str:
    """Makes the member's feed key, or replaces it (the old one stops working at once);
    returns the feed's URL, which holds the key: it is shown this once."""
    key = new_key()
    digest, now = secret_digest(key), utcnow()
    statement = dialect_insert(session)(CalendarKey).values(
        user_id=member.id, key_hash=digest, created_at=now
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["user_id"], set_={"key_hash": digest, "created_at": now}
        )
    )
    return site.feed(key)


async def revoke_key(session: AsyncSession, member: User) -> None:
    """The feed's key stops working; revoking when there is none changes nothing."""
    await session.execute(
        delete(CalendarKey)
        .where(CalendarKey.user_id == member.id)
        .execution_options(synchronize_session=False)
    )


async def _key_owner(session: AsyncSession, key: str | None) -> int:
    if not key or len(key) > MAX_KEY_CHARS or not key.startswith(KEY_PREFIX):
        raise CalendarKeyNotFound("No calendar has this key.")
    owner = await session.scalar(
        select(CalendarKey.user_id)
        .join(User, User.id == CalendarKey.user_id)
        .where(CalendarKey.key_hash == secret_digest(key), User.deleted_at.is_(None))
    )
    if owner is None:
        raise CalendarKeyNotFound("No calendar has this key.")
    return int(owner)


async def member_feed(session: AsyncSession, key: str | None, site: Site, forum_name: str) -> bytes:
    """GET /me/calendar.ics?key=: the meet-ups the key's owner is going to (a place, not the
    waitlist), upcoming and from the last FEED_PAST_DAYS days, cancelled ones included (as
    CANCELLED) so calendar apps take them out; hidden ones only if she hosts them."""
    user_id = await _key_owner(session, key)
    now = utcnow()
    meetups = await session.scalars(
        select(Meetup)
        .join(Rsvp, Rsvp.meetup_id == Meetup.id)
        .where(
            Rsvp.user_id == user_id,
            Rsvp.status == RsvpStatus.going.value,
            Rsvp.waitlisted == false(),
            Meetup.starts_at >= now - timedelta(days=FEED_PAST_DAYS),
            or_(Meetup.is_hidden == false(), Meetup.host_id == user_id),
        )
        .order_by(Meetup.starts_at, Meetup.id)
        .limit(MAX_FEED_EVENTS)
    )
    return render(list(meetups), site, show_venue=True, name=f"{forum_name} meet-ups", now=now)
