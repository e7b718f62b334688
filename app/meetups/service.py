"""Meet-ups: create (with its discussion thread), read, list upcoming, edit, cancel, report.

A meet-up's discussion thread is made in the same transaction, through the forum: in its
group's category, or in the one category of kind 'meetups'. The thread's opening post is a
short summary of the meet-up (kind, time in UTC, area, description), never the venue: posts
are public, the venue is for signed-in members.

State changes are conditional (`UPDATE … WHERE <old state> … RETURNING`): only the request
that changed a meet-up bumps its `sequence`, emits the event and writes the audit entry, so
concurrent identical requests leave one change. Every statement that changes a meet-up
locks its row first, as the RSVPs do (app/meetups/rsvp.py), so an edit of the capacity and
an answer take turns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.db import dialect_insert, utcnow
from app.errors import NotFound, UnprocessableEntity
from app.events import MeetupCreated, emit
from app.forum import service as forum_service
from app.forum.models import Category, CategoryKind
from app.meetups import policy
from app.meetups.areas import area_key, area_prefix_pattern, display_area
from app.meetups.models import Group, Meetup, MeetupKind
from app.meetups.presenting import MEETUP_WITH_REFS
from app.meetups.schemas import MeetupCreate
from app.pagination import decode_cursor, keyset_page

# The one category of meet-ups without a group (get-or-create: `_meetups_category`).
MEETUPS_CATEGORY_SLUGS = ("meetups", "meetup-discussions")
MEETUPS_CATEGORY_NAME = "Meet-ups"

_KIND_LABELS = {
    MeetupKind.playgroup: "Playgroup",
    MeetupKind.coffee: "Coffee",
    MeetupKind.park: "Park meet-up",
    MeetupKind.class_: "Class",
    MeetupKind.online: "Online",
    MeetupKind.other: "Meet-up",
}


# Visibility: one filter, mirroring `policy.can_see_meetup`


def visible_to(viewer: User | None) -> ColumnElement[bool]:
    """The meet-ups `viewer` may see: not hidden, or hosted by them, or every one for a
    moderator (`policy.can_see_meetup` as a filter)."""
    if policy.is_moderator(viewer):
        return true()
    if viewer is None:
        return Meetup.is_hidden == false()
    return or_(Meetup.is_hidden == false(), Meetup.host_id == viewer.id)


async def get_meetup(session: AsyncSession, viewer: User | None, meetup_id: int) -> Meetup:
    """A meet-up `viewer` may see (cancelled ones too), with its host and group; else 404."""
    meetup = await session.scalar(
        MEETUP_WITH_REFS.where(Meetup.id == meetup_id).execution_options(populate_existing=True)
    )
    if meetup is None or not policy.can_see_meetup(viewer, meetup.host_id, meetup.is_hidden):
        raise NotFound(f"There is no meet-up {meetup_id}.")
    return meetup


# Create


async def create_meetup(session: AsyncSession, actor: User, data: MeetupCreate) -> Meetup:
    """A new meet-up hosted by `actor` (a real member: there is no anonymous hosting), and
    its discussion thread."""
    now = utcnow()
    starts_at = data.starts_at.astimezone(UTC)
    ends_at = data.ends_at.astimezone(UTC) if data.ends_at is not None else None
    check_times(starts_at, ends_at, now)
    group = await _group(session, data.group) if data.group is not None else None
    if group is not None:
        category = await session.get_one(Category, group.category_id)
    else:
        category = await _meetups_category(session)
    area = display_area(data.area)
    meetup = Meetup(
        group_id=group.id if group is not None else None,
        host_id=actor.id,
        title=data.title,
        description=data.description,
        kind=data.kind.value,
        starts_at=starts_at,
        ends_at=ends_at,
        venue=data.venue,
        area=area,
        area_key=area_key(area),
        capacity=data.capacity,
        going_count=0,
        maybe_count=0,
        waitlist_count=0,
        pending_count=0,
        waitlist_seq=0,
        requires_approval=data.requires_approval,
        is_cancelled=False,
        is_hidden=False,
        sequence=0,
        created_at=now,
        updated_at=now,
    )
    thread, _ = await forum_service.create_linked_thread(
        session, actor, category, data.title, summary_markdown(meetup)
    )
    meetup.thread_id = thread.id
    session.add(meetup)
    await session.flush()
    await emit(session, actor, MeetupCreated(thread_id=thread.id, meetup_id=meetup.id))
    meetup.host = actor
    meetup.group = group
    return meetup


def check_times(starts_at: datetime, ends_at: datetime | None, now: datetime) -> None:
    if policy.has_started(starts_at, now):
        raise UnprocessableEntity("A meet-up must start in the future.", loc=("body", "starts_at"))
    if not policy.ends_in_order(starts_at, ends_at):
        raise UnprocessableEntity("A meet-up must end after it starts.", loc=("body", "ends_at"))


def summary_markdown(meetup: Meetup) -> str:
    """The discussion thread's opening post: what, when (UTC), where roughly, and the
    description. Never the venue (posts are public; the venue is for members)."""
    kind = _KIND_LABELS.get(MeetupKind(meetup.kind), "Meet-up")
    start = meetup.starts_at.astimezone(UTC)
    when = _day_and_time(start)
    if meetup.ends_at is not None:
        end = meetup.ends_at.astimezone(UTC)
        when += "–" + (f"{end:%H:%M}" if end.date() == start.date() else _day_and_time(end))
    lines = [
        f"**{kind}** · {when} UTC · {_escape(meetup.area)}",
        "",
        "The exact place is on the meet-up's page for signed-in members.",
    ]
    if meetup.description.strip():
        lines += ["", meetup.description]
    return "\n".join(lines)


def _day_and_time(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B %Y, %H:%M}"


def _escape(text: str) -> str:
    """Plain text inside Markdown: its punctuation taken literally."""
    return "".join("\\" + c if c in "\\`*_{}[]()#+-.!<>|~" else c for c in text)


async def _group(session: AsyncSession, slug: str) -> Group:
    group = await session.scalar(select(Group).where(Group.slug == slug))
    if group is None:
        raise NotFound(f"There is no group {slug!r}.")
    return group


async def _meetups_category(session: AsyncSession) -> Category:
    """The category of meet-ups without a group, made by the first meet-up that needs it;
    concurrent first meet-ups make one (INSERT … ON CONFLICT DO NOTHING, then read)."""
    find = (
        select(Category)
        .where(Category.kind == CategoryKind.meetups.value)
        .order_by(Category.id)
        .limit(1)
    )
    category = await session.scalar(find)
    if category is not None:
        return category
    insert = dialect_insert(session)
    for slug in MEETUPS_CATEGORY_SLUGS:  # the first free one (a forum category may hold it)
        await session.execute(
            insert(Category)
            .values(
                slug=slug,
                name=MEETUPS_CATEGORY_NAME,
                description="The discussions of meet-ups that belong to no group.",
                position=0,
                kind=CategoryKind.meetups.value,
                thread_count=0,
                post_count=0,
                created_at=utcnow(),
            )
            .on_conflict_do_nothing(index_elements=["slug"])
        )
        category = await session.scalar(find)
        if category is not None:
            return category
    raise RuntimeError("no slug is free for the meet-ups' category")


# List


@dataclass(frozen=True)
class MeetupPage:
    meetups: list[Meetup]
    next_cursor: str | None


async def list_meetups(
    session: AsyncSession,
    viewer: User | None,
    *,
    area: str | None,
    group: str | None,
    starts_from: datetime | None,
    starts_before: datetime | None,
    limit: int,
    cursor: str | None,
) -> MeetupPage:
    """Upcoming meet-ups first, keyset on (starts_at, id): those starting at or after
    `starts_from` (now when not given: past ones are not upcoming) and before
    `starts_before`; by a prefix of the area, by group. Cancelled ones are left out (their
    page still answers), and hidden ones for all but their host and moderators."""
    starts_from = (starts_from or utcnow()).astimezone(UTC)
    if starts_before is not None:
        starts_before = starts_before.astimezone(UTC)
        if starts_before < starts_from:
            raise UnprocessableEntity(
                "`to` must not be before `from` (or now, when `from` is not given).",
                loc=("query", "to"),
            )
    conditions: list[ColumnElement[bool]] = [
        Meetup.is_cancelled == false(),
        visible_to(viewer),
        Meetup.starts_at >= starts_from,
    ]
    if starts_before is not None:
        conditions.append(Meetup.starts_at < starts_before)
    if area is not None:
        conditions.append(Meetup.area_key.like(area_prefix_pattern(area), escape="\\"))
    if group is not None:
        conditions.append(Meetup.group_id == (await _group(session, group)).id)
    if cursor is not None:
        after_start, after_id = decode_cursor(cursor, (datetime, int))
        conditions.append(
            or_(
                Meetup.starts_at > after_start,
                and_(Meetup.starts_at == after_start, Meetup.id > after_id),
            )
        )
    statement: Any = (
        MEETUP_WITH_REFS.where(*conditions).order_by(Meetup.starts_at, Meetup.id).limit(limit + 1)
    )
    rows = list(await session.scalars(statement))
    meetups, next_cursor = keyset_page(rows, limit, lambda m: (m.starts_at, m.id))
    return MeetupPage(meetups, next_cursor)
