"""Local groups: start one, find them by area, join and leave.

A group's threads live in a category of its own (`kind = 'group'`, the group's slug), made
in the transaction that makes the group, so the forum's thread list, counters and indexes
serve it unchanged; slugs are unique across forum categories and groups (the categories'
unique slug holds it).

`member_count` moves only with the row it counts: joining is `INSERT … ON CONFLICT DO
NOTHING RETURNING` and only an insert that happened adds one; leaving is `DELETE …
RETURNING` and only a delete that happened takes one away. Any number of concurrent joins
and leaves leave the count exact (groups/counters in app/counters.py recounts it).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    delete,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app import counters
from app.accounts.models import User
from app.accounts.policy import exempt_from_posting_limits, is_suspended
from app.db import dialect_insert, utcnow
from app.errors import Conflict, NotFound, Suspended
from app.events import Event, EventKind, GroupCreated, MemberLeft, emit, on
from app.forum import service as forum_service
from app.forum.models import Category, CategoryKind
from app.meetups import policy
from app.meetups.areas import area_key, area_prefix_pattern, display_area
from app.meetups.models import Group, GroupMember, Meetup
from app.meetups.schemas import GroupCreate
from app.pagination import decode_cursor, keyset_page
from app.ratelimit import RateLimited

NO_SYNC: dict[str, Any] = {"synchronize_session": False}
MAX_SLUG_CHARS = 50
# Slugs a generated one never takes: the meet-ups' own category is `meetups`.
RESERVED_SLUGS = frozenset({"meetups"})
MAX_AREAS = 20
_SLUG_ATTEMPTS = 5


class GroupSlugTaken(Conflict):
    slug, title = "group-exists", "A group or category with this slug exists"
    advice = (
        "The `slug` given is already a local group's or a forum category's address. Choose "
        "another, or leave `slug` out and one is made from the name. If it is the group you "
        "meant, `GET /groups/{slug}` and join it instead."
    )


class TooManyGroups(RateLimited):
    # Its own slug: a daily allowance to tell the person about, not a burst to retry.
    slug, title = "too-many-groups", "You have started as many groups as a day allows"
    advice = (
        "A member may start only a few local groups a day. Nothing was made. Tell the "
        "person; `Retry-After` says in how many seconds (up to a day) one more may be "
        "started. Do not retry automatically."
    )


@dataclass(frozen=True)
class GroupView:
    """A group and whether the viewer is a member of it (false for visitors)."""

    group: Group
    is_member: bool


@dataclass(frozen=True)
class GroupPage:
    items: list[GroupView]
    next_cursor: str | None


@dataclass(frozen=True)
class AreaCount:
    area: str
    group_count: int
    meetup_count: int


def slug_from_name(name: str) -> str:
    """`"Leeds North: mums & dads!"` → `"leeds-north-mums-dads"`: ASCII-folded (accents
    dropped), lowercase, runs of anything else one dash; "group" when nothing is left."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    # Room for a suffix ("-12"), and no dash left dangling at the cut.
    slug = slug[: MAX_SLUG_CHARS - 4].rstrip("-")
    return slug or "group"


# Starting a group


async def create_group(
    session: AsyncSession, actor: User, data: GroupCreate, *, max_per_day: int
) -> GroupView:
    """A new group, its thread list (an unlisted category) and its first member, the actor.
    An explicit slug that is taken is 409; one made from the name takes the first free
    suffix (-2, -3, …)."""
    now = utcnow()
    if is_suspended(actor, now):
        raise Suspended("A suspended member cannot start a group.")
    created_today = 0  # moderators acting as such are exempt, as from posting limits
    if not exempt_from_posting_limits(actor):
        created_today = await _groups_started_since(session, actor, now - timedelta(days=1))
    if not policy.can_create_group(actor, now, created_today, max_per_day):
        wait = await _seconds_until_allowed(session, actor, now)
        raise TooManyGroups(
            f"You can start up to {max_per_day} groups a day; try again in {wait} seconds.",
            headers={"Retry-After": str(wait)},
        )
    if data.slug is not None:
        category = None
        if data.slug not in RESERVED_SLUGS:
            category = await forum_service.create_unlisted_category(
                session, data.slug, data.name, CategoryKind.group
            )
        if category is None:
            raise GroupSlugTaken(f"The slug {data.slug!r} is taken; choose another.")
    else:
        category = None
        for _ in range(_SLUG_ATTEMPTS):  # a concurrent group may take the one found free
            slug = await _free_slug(session, slug_from_name(data.name))
            category = await forum_service.create_unlisted_category(
                session, slug, data.name, CategoryKind.group
            )
            if category is not None:
                break
        if category is None:
            raise GroupSlugTaken("Could not find a free slug for this name; give one.")
    group = Group(
        slug=category.slug,
        name=data.name,
        area=display_area(data.area),
        area_key=area_key(data.area),
        description=data.description,
        category_id=category.id,
        created_by_id=actor.id,
        member_count=1,
        created_at=now,
    )
    session.add(group)
    await session.flush()
    session.add(GroupMember(group_id=group.id, user_id=actor.id, joined_at=now))
    await session.flush()
    await emit(session, actor, GroupCreated(group_id=group.id, category_id=category.id))
    return GroupView(group, True)


async def _groups_started_since(session: AsyncSession, actor: User, since: datetime) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(Group)
        .where(Group.created_by_id == actor.id, Group.created_at > since)
    )
    return count or 0


async def _seconds_until_allowed(session: AsyncSession, actor: User, now: datetime) -> int:
    """Until the oldest group of the last day is a day old (then one more may be started)."""
    oldest = await session.scalar(
        select(func.min(Group.created_at)).where(
            Group.created_by_id == actor.id, Group.created_at > now - timedelta(days=1)
        )
    )
    if oldest is None:
        return 1
    return max(1, math.ceil((oldest + timedelta(days=1) - now).total_seconds()))


async def _free_slug(session: AsyncSession, base: str) -> str:
    """`base`, or `base-n` with the smallest n ≥ 2 that no category (nor group) has."""
    taken = set(
        await session.scalars(
            select(Category.slug).where(or_(Category.slug == base, Category.slug.like(base + "-%")))
        )
    )
    taken |= RESERVED_SLUGS
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# Reading


def _is_member(viewer: User | None) -> ColumnElement[bool]:
    if viewer is None:
        return literal(False)
    return exists().where(GroupMember.group_id == Group.id, GroupMember.user_id == viewer.id)


async def get_group(session: AsyncSession, viewer: User | None, slug: str) -> GroupView:
    row = (
        await session.execute(
            select(Group, _is_member(viewer).label("is_member")).where(Group.slug == slug)
        )
    ).first()
    if row is None:
        raise NotFound(f"There is no group {slug!r}.")
    return GroupView(row[0], bool(row[1]))


async def list_groups(
    session: AsyncSession,
    viewer: User | None,
    *,
    area: str | None,
    limit: int,
    cursor: str | None,
) -> GroupPage:
    """Groups by area, then slug (keyset on the (area_key, slug) index); `area` keeps those
    whose area starts with it, case and spacing folded ("leeds n" finds "Leeds  North")."""
    statement = select(Group, _is_member(viewer).label("is_member"))
    if area is not None:
        statement = statement.where(Group.area_key.like(area_prefix_pattern(area), escape="\\"))
    if cursor is not None:
        after_key, after_slug = decode_cursor(cursor, (str, str))
        statement = statement.where(tuple_(Group.area_key, Group.slug) > (after_key, after_slug))
    statement = statement.order_by(Group.area_key, Group.slug).limit(limit + 1)
    rows = (await session.execute(statement)).all()
    views = [GroupView(row[0], bool(row[1])) for row in rows]
    items, next_cursor = keyset_page(
        views, limit, lambda view: (view.group.area_key, view.group.slug)
    )
    return GroupPage(items, next_cursor)


async def list_areas(session: AsyncSession, prefix: str | None, limit: int) -> list[AreaCount]:
    """Areas in use (by a group, or by an upcoming meet-up that is neither cancelled nor
    hidden), by key, with how many of each; one spelling of each area (the first in
    sort order: areas differ only in case and spacing)."""
    now = utcnow()
    groups = select(
        Group.area_key.label("key"),
        Group.area.label("area"),
        literal(1).label("groups"),
        literal(0).label("meetups"),
    )
    meetups = select(
        Meetup.area_key.label("key"),
        Meetup.area.label("area"),
        literal(0).label("groups"),
        literal(1).label("meetups"),
    ).where(Meetup.starts_at > now, Meetup.is_cancelled == false(), Meetup.is_hidden == false())
    if prefix is not None:
        pattern = area_prefix_pattern(prefix)
        groups = groups.where(Group.area_key.like(pattern, escape="\\"))
        meetups = meetups.where(Meetup.area_key.like(pattern, escape="\\"))
    used = union_all(groups, meetups).subquery()
    statement = (
        select(
            func.min(used.c.area),
            func.sum(used.c.groups),
            func.sum(used.c.meetups),
        )
        .group_by(used.c.key)
        .order_by(used.c.key)
        .limit(min(limit, MAX_AREAS))
    )
    return [
        AreaCount(area, int(group_count or 0), int(meetup_count or 0))
        for area, group_count, meetup_count in await session.execute(statement)
    ]


# Membership


async def _group_id(session: AsyncSession, slug: str) -> int:
    group_id = await session.scalar(select(Group.id).where(Group.slug == slug))
    if group_id is None:
        raise NotFound(f"There is no group {slug!r}.")
    return group_id


async def join_group(session: AsyncSession, actor: User, slug: str) -> None:
    """Joins (idempotent: a member joining again changes nothing)."""
    if not policy.can_join_group(actor, utcnow()):
        raise Suspended("A suspended member cannot join a group.")
    group_id = await _group_id(session, slug)
    insert = dialect_insert(session)
    joined = await session.scalar(
        insert(GroupMember)
        .values(group_id=group_id, user_id=actor.id, joined_at=utcnow())
        .on_conflict_do_nothing()
        .returning(GroupMember.user_id)
    )
    if joined is not None:
        await _count_members(session, group_id, +1)


async def leave_group(session: AsyncSession, actor: User, slug: str) -> None:
    """Leaves (idempotent: leaving a group one is not in changes nothing). Suspended members
    may leave."""
    assert policy.can_leave_group(actor)
    group_id = await _group_id(session, slug)
    left = await session.scalar(
        delete(GroupMember)
        .where(GroupMember.group_id == group_id, GroupMember.user_id == actor.id)
        .returning(GroupMember.user_id)
        .execution_options(**NO_SYNC)
    )
    if left is not None:
        await _count_members(session, group_id, -1)


async def _count_members(session: AsyncSession, group_id: int, delta: int) -> None:
    await session.execute(
        update(Group)
        .where(Group.id == group_id)
        .values(member_count=Group.member_count + delta)
        .execution_options(**NO_SYNC)
    )


@on(EventKind.member_left)
async def leave_every_group(session: AsyncSession, event: Event) -> None:
    """A member who deleted her account leaves her groups, each counter down by exactly the
    membership removed (groups in id order: the lock order of concurrent leavers)."""
    assert isinstance(event, MemberLeft)
    left = await session.scalars(
        delete(GroupMember)
        .where(GroupMember.user_id == event.user_id)
        .returning(GroupMember.group_id)
        .execution_options(**NO_SYNC)
    )
    for group_id in sorted(left):
        await _count_members(session, group_id, -1)


# The counter check: a group's `member_count` is its members' rows.


def _member_counts() -> Any:
    members = (
        select(GroupMember.group_id, func.count().label("members"))
        .group_by(GroupMember.group_id)
        .subquery()
    )
    actual = func.coalesce(members.c.members, 0)
    return (
        select(Group.id, Group.member_count, actual.label("actual_member_count"))
        .outerjoin(members, members.c.group_id == Group.id)
        .where(Group.member_count != actual)
        .order_by(Group.id)
    )


counters.register(
    counters.CounterRule(
        "groups", _member_counts(), {"member_count": ("member_count", "actual_member_count")}
    )
)
