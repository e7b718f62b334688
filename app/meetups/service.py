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
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    bindparam,
    false,
    or_,
    select,
    true,
    tuple_,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.db import utcnow
from app.errors import (
    CapacityBelowGoing,
    Forbidden,
    MeetupCancelled,
    NotFound,
    UnprocessableEntity,
)
from app.events import Action, Audit, MeetupCreated, MeetupUpdated, Target, emit
from app.events import MeetupCancelled as MeetupCancelledEvent
from app.forum import service as forum_service
from app.forum.models import Category, CategoryKind, Post
from app.meetups import policy, rsvp
from app.meetups.areas import area_key, area_prefix_pattern, display_area
from app.meetups.models import Group, Meetup, MeetupKind
from app.meetups.presenting import MEETUP_ROWS, MEETUP_WITH_REFS, with_my_answers
from app.meetups.schemas import MeetupCreate, MeetupUpdate
from app.moderation import service as moderation_service
from app.moderation.models import Flag
from app.moderation.schemas import FlagCreate
from app.pagination import decode_cursor, keyset_page

# A select of rows of any shape.
RowSelect = Select[*tuple[Any, ...]]

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


# Who sees which meet-ups: every one (a moderator), those not hidden (a visitor), and the
# hidden ones she hosts too (a member, `viewer_id`).
_EVERY = "every"
_SHOWN = "shown"
_SHOWN_OR_HOSTED = "shown_or_hosted"


def _visibility(viewer: User | None) -> str:
    if viewer is None:
        return _SHOWN
    return _EVERY if policy.is_moderator(viewer) else _SHOWN_OR_HOSTED


def _visible(visibility: str) -> ColumnElement[bool]:
    """The meet-ups of a `_visibility`: not hidden, or hosted by the viewer (`viewer_id`),
    or every one for a moderator (`policy.can_see_meetup` as a filter)."""
    if visibility == _EVERY:
        return true()
    if visibility == _SHOWN:
        return Meetup.is_hidden == false()
    return or_(Meetup.is_hidden == false(), Meetup.host_id == bindparam("viewer_id"))


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
    for slug in MEETUPS_CATEGORY_SLUGS:  # the first free one (a forum category may hold it)
        made = await forum_service.create_unlisted_category(
            session,
            slug,
            MEETUPS_CATEGORY_NAME,
            CategoryKind.meetups,
            description="The discussions of meet-ups that belong to no group.",
        )
        # None: the slug is taken, perhaps by a concurrent first meet-up's category.
        category = made or await session.scalar(find)
        if category is not None:
            return category
    raise RuntimeError("no slug is free for the meet-ups' category")


# List


@dataclass(frozen=True)
class MeetupPage:
    # Rows of `presenting.MEETUP_ROWS` (a member's with her answers: `with_my_answers`).
    meetups: list[Row[Any]]
    next_cursor: str | None


@cache
def _page_statement(
    visibility: str, area: bool, area_range: bool, group: bool, before: bool, after: bool
) -> RowSelect:
    """A page of upcoming meet-ups, built once per shape: a request only binds and runs it.
    Parameters: `limit`, `starts_from`; `viewer_id` for a member (and her answers joined);
    `area_pattern` (and `area_low`, `area_high` when `area_range`), `group_id`,
    `starts_before`, `after_starts_at` and `after_id` for the filters asked for."""
    statement = MEETUP_ROWS.where(
        Meetup.is_cancelled == false(),
        _visible(visibility),
        Meetup.starts_at >= bindparam("starts_from"),
    )
    if before:
        statement = statement.where(Meetup.starts_at < bindparam("starts_before"))
    if area:
        statement = statement.where(
            Meetup.area_key.like(bindparam("area_pattern", type_=String), escape="\\")
        )
    if area_range:
        # The same prefix as a range of keys, which SQLite's planner reads from
        # `ix_meetups_area` (its LIKE uses no index; PostgreSQL's does: pattern ops).
        statement = statement.where(
            Meetup.area_key >= bindparam("area_low", type_=String),
            Meetup.area_key < bindparam("area_high", type_=String),
        )
    if group:
        statement = statement.where(Meetup.group_id == bindparam("group_id"))
    if after:
        statement = statement.where(
            tuple_(Meetup.starts_at, Meetup.id)
            > tuple_(
                bindparam("after_starts_at", type_=Meetup.starts_at.type),
                bindparam("after_id", type_=Integer),
            )
        )
    if visibility != _SHOWN:  # a member's page: her answers
        statement = with_my_answers(statement)
    page: RowSelect = statement.order_by(Meetup.starts_at, Meetup.id).limit(
        bindparam("limit", type_=Integer)
    )
    return page


def _key_after_prefix(key: str) -> str | None:
    """The least key greater than every key that starts with `key` (its last character's
    successor; binary collation, as SQLite's), None when there is none."""
    if not key:
        return None
    last = ord(key[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # surrogates are not characters
        last = 0xE000
    if last > 0x10FFFF:
        return None
    return key[:-1] + chr(last)


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
    page still answers), and hidden ones for all but their host and moderators.

    One statement of columns (`presenting.MEETUP_ROWS`), with a member's answers in it, run
    on the session's connection (no ORM entities: the forum's thread list's way); a group
    is looked up first."""
    starts_from = (starts_from or utcnow()).astimezone(UTC)
    params: dict[str, Any] = {"starts_from": starts_from, "limit": limit + 1}
    if starts_before is not None:
        starts_before = starts_before.astimezone(UTC)
        if starts_before < starts_from:
            raise UnprocessableEntity(
                "`to` must not be before `from` (or now, when `from` is not given).",
                loc=("query", "to"),
            )
        params["starts_before"] = starts_before
    visibility = _visibility(viewer)
    if viewer is not None:
        params["viewer_id"] = viewer.id
    connection = await session.connection()
    area_range = False
    if area is not None:
        params["area_pattern"] = area_prefix_pattern(area)
        key = area_key(area)
        high = _key_after_prefix(key)
        area_range = high is not None and connection.dialect.name == "sqlite"
        if area_range:
            params["area_low"], params["area_high"] = key, high
    if group is not None:
        params["group_id"] = (await _group(session, group)).id
    if cursor is not None:
        params["after_starts_at"], params["after_id"] = decode_cursor(cursor, (datetime, int))
    statement = _page_statement(
        visibility,
        area is not None,
        area_range,
        group is not None,
        starts_before is not None,
        cursor is not None,
    )
    rows = (await connection.execute(statement, params)).all()
    meetups, next_cursor = keyset_page(rows, limit, lambda row: (row.starts_at, row.id))
    return MeetupPage(meetups, next_cursor)


# Edit


# The fields whose change rewrites the discussion's opening post (its summary).
_SUMMARY_FIELDS = frozenset({"description", "kind", "starts_at", "ends_at", "area"})
# Fields that cannot be removed: `null` for them is refused (capacity and ends_at can be).
_REQUIRED_FIELDS = frozenset(
    {"title", "description", "kind", "starts_at", "venue", "area", "requires_approval"}
)


async def _lock_and_read(session: AsyncSession, viewer: User, meetup_id: int) -> Meetup:
    """Locks the meet-up's row (first of this transaction's locks, as an RSVP's) and reads it
    as the last writer left it, with its host and group; 404 when `viewer` cannot see it."""
    locked = await session.scalar(
        update(Meetup)
        .where(Meetup.id == meetup_id)
        .values(sequence=Meetup.sequence)
        .returning(Meetup.id)
        .execution_options(synchronize_session=False)
    )
    if locked is None:
        raise NotFound(f"There is no meet-up {meetup_id}.")
    return await get_meetup(session, viewer, meetup_id)


def _require_manager(actor: User, meetup: Meetup, doing: str) -> None:
    if not policy.can_manage_meetup(actor, meetup.host_id):
        raise Forbidden(f"Only the host or a moderator can {doing} this meet-up.")


async def update_meetup(
    session: AsyncSession, actor: User, meetup_id: int, data: MeetupUpdate
) -> Meetup:
    """Changes what the body names and differs from the meet-up as it is (its row locked
    first, so of concurrent identical edits the first changes it and the others find nothing
    to change). Any change bumps `sequence` and emits `MeetupUpdated(changed)`."""
    meetup = await _lock_and_read(session, actor, meetup_id)
    _require_manager(actor, meetup, "change")
    if meetup.is_cancelled:
        raise MeetupCancelled("A cancelled meet-up cannot be changed.")
    given = data.model_dump(exclude_unset=True)
    for name in sorted(given.keys() & _REQUIRED_FIELDS):
        if given[name] is None:
            raise UnprocessableEntity(f"`{name}` cannot be removed.", loc=("body", name))
    changes: dict[str, Any] = {}
    for name, value in given.items():
        if name in ("starts_at", "ends_at") and value is not None:
            value = value.astimezone(UTC)
        elif name == "area":
            value = display_area(value)
        elif name == "kind":
            value = value.value
        if getattr(meetup, name) != value:
            changes[name] = value
    if not changes:
        return meetup
    now = utcnow()
    starts_at = changes.get("starts_at", meetup.starts_at)
    if "starts_at" in changes and policy.has_started(starts_at, now):
        raise UnprocessableEntity(
            "A meet-up can only move to the future.", loc=("body", "starts_at")
        )
    if not policy.ends_in_order(starts_at, changes.get("ends_at", meetup.ends_at)):
        loc = "ends_at" if "ends_at" in changes else "starts_at"
        raise UnprocessableEntity("A meet-up must end after it starts.", loc=("body", loc))
    capacity = changes.get("capacity", meetup.capacity)
    if "capacity" in changes and capacity is not None and capacity < meetup.going_count:
        raise CapacityBelowGoing(
            f"{meetup.going_count} members are going: the capacity cannot be less than that."
        )
    values: dict[str, Any] = {**changes, "sequence": Meetup.sequence + 1, "updated_at": now}
    if "area" in changes:
        values["area_key"] = area_key(changes["area"])
    if "starts_at" in changes and starts_at > now + timedelta(hours=policy.REMINDER_WINDOW_HOURS):
        values["reminded_at"] = None  # a day-before reminder is due again
    await session.execute(
        update(Meetup)
        .where(Meetup.id == meetup.id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    changed = sorted(changes)
    if "capacity" in changes and (capacity is None or capacity > (meetup.capacity or 0)):
        await rsvp.promote_waitlisted(session, meetup.id)
    meetup = await get_meetup(session, actor, meetup.id)
    summary = summary_markdown(meetup) if changes.keys() & _SUMMARY_FIELDS else None
    if "title" in changes or summary is not None:
        await forum_service.revise_linked_thread(
            session, actor, meetup.thread_id, title=changes.get("title"), body=summary
        )
    by_moderator = not policy.is_host(actor, meetup.host_id)
    await emit(
        session,
        actor,
        MeetupUpdated(thread_id=meetup.thread_id, meetup_id=meetup.id, changed=changed),
        audit=(
            Audit(Action.meetup_edit, Target.meetup, meetup.id, ", ".join(changed))
            if by_moderator
            else None
        ),
    )
    return meetup


# Cancel


async def cancel_meetup(
    session: AsyncSession, actor: User, meetup_id: int, reason: str | None
) -> Meetup:
    """Cancels the meet-up (its host or a moderator): a second cancel changes nothing and
    answers it as it is. Its discussion stays open."""
    meetup = await get_meetup(session, actor, meetup_id)
    _require_manager(actor, meetup, "cancel")
    by_moderator = not policy.is_host(actor, meetup.host_id)
    await mark_cancelled(session, actor, meetup.id, by_moderator=by_moderator, reason=reason)
    return await get_meetup(session, actor, meetup_id)


async def mark_cancelled(
    session: AsyncSession,
    actor: User | None,
    meetup_id: int,
    *,
    by_moderator: bool,
    reason: str | None = None,
) -> bool:
    """The conditional cancel (`UPDATE … WHERE NOT is_cancelled`): True when this call
    cancelled it, and then only it emits `MeetupCancelled` (and a moderator's is audited).
    Also for other domains' reactions (its thread deleted, its host leaving: actor None)."""
    cancelled = (
        await session.execute(
            update(Meetup)
            .where(Meetup.id == meetup_id, Meetup.is_cancelled == false())
            .values(
                is_cancelled=True,
                cancelled_at=utcnow(),
                updated_at=utcnow(),
                sequence=Meetup.sequence + 1,
            )
            .returning(Meetup.thread_id)
            .execution_options(synchronize_session=False)
        )
    ).first()
    if cancelled is None:
        return False
    audited = by_moderator and actor is not None
    await emit(
        session,
        actor,
        MeetupCancelledEvent(
            thread_id=cancelled.thread_id,
            meetup_id=meetup_id,
            by_moderator=by_moderator,
            reason=reason,
        ),
        audit=Audit(Action.meetup_cancel, Target.meetup, meetup_id, reason) if audited else None,
    )
    return True


# Report


async def flag_meetup(
    session: AsyncSession,
    actor: User,
    meetup_id: int,
    data: FlagCreate,
    rule: moderation_service.AutoHideRule,
) -> tuple[Flag, int]:
    """Reports the meet-up as a post is reported: the report is on its discussion's opening
    post, so it joins the same review queue, and the same auto-hide rule hides the post and,
    with it (handlers.py), the meet-up. Returns the report and that post's id."""
    meetup = await get_meetup(session, actor, meetup_id)
    if not policy.can_flag_meetup(actor, meetup.host_id):
        raise Forbidden("You cannot report your own meet-up. You can change or cancel it instead.")
    post_id = await session.scalar(
        select(Post.id).where(Post.thread_id == meetup.thread_id, Post.number == 1)
    )
    if post_id is None:
        raise NotFound(f"There is no meet-up {meetup_id}.")
    flag = await moderation_service.flag_post(session, actor, post_id, data, rule)
    return flag, post_id
