"""The one presenter of a meet-up (`MeetupRead`) per viewer, used by every route that returns
one: the venue is null for visitors, `pending_count` is the host's and moderators' (else 0),
and `my_rsvp` is the viewer's own answer with her place on the waitlist.

`meetup_json` is that presenter. It reads a meet-up entity (its host and group loaded:
`MEETUP_WITH_REFS`, for the routes of one meet-up) or a row of `MEETUP_ROWS` (the list's
columns, with the host's and group's under flat names), and gives `MeetupRead`'s fields in
plain JSON types: the list serialises a page of them to bytes at once (`page_json`), as the
forum's thread list does, with no ORM entity or model built per item; one meet-up is
validated into `MeetupRead` (`meetup_read`).

A page is presented in a bounded number of statements whatever its size: the list is one
statement (a member's answers with their waitlist positions joined in: `with_my_answers`);
the routes of one meet-up read the viewer's answer in one more (`my_answers`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, and_, bindparam, case, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from app.accounts.models import User
from app.meetups import policy
from app.meetups.models import Group, Meetup, Rsvp
from app.meetups.schemas import MeetupRead

# A meet-up with what its presenter reads beside it (one statement with two joins).
MEETUP_WITH_REFS = select(Meetup).options(joinedload(Meetup.host), joinedload(Meetup.group))

# The same as columns: what `meetup_json` reads, with the host's and group's public fields
# under flat names; no entity is loaded (a page's entities, the hosts' whole `users` rows
# among them, were most of its CPU: docs/benchmarks.md, "Meet-ups (issue 13)").
MEETUP_ROWS = (
    select(
        Meetup.id,
        Meetup.host_id,
        Meetup.group_id,
        Meetup.thread_id,
        Meetup.title,
        Meetup.description,
        Meetup.kind,
        Meetup.starts_at,
        Meetup.ends_at,
        Meetup.venue,
        Meetup.area,
        Meetup.capacity,
        Meetup.going_count,
        Meetup.waitlist_count,
        Meetup.maybe_count,
        Meetup.pending_count,
        Meetup.is_cancelled,
        Meetup.requires_approval,
        Meetup.created_at,
        Meetup.updated_at,
        User.username.label("host_username"),
        User.display_name.label("host_display_name"),
        User.role.label("host_role"),
        Group.slug.label("group_slug"),
        Group.name.label("group_name"),
    )
    .join(User, User.id == Meetup.host_id)
    .outerjoin(Group, Group.id == Meetup.group_id)
)

# What the presenter reads: an entity with its host and group, or a row of `MEETUP_ROWS`.
MeetupLike = Meetup | Row[Any]


def meetup_json(
    meetup: MeetupLike, viewer: User | None, my_rsvp: dict[str, Any] | None
) -> dict[str, Any]:
    """`meetup` as `viewer` may see it, as `MeetupRead`'s fields in plain JSON types;
    `my_rsvp` is the viewer's answer (`answer_json`), None when there is none."""
    if isinstance(meetup, Meetup):
        host, group = meetup.host, meetup.group
        host_json = {
            "id": host.id,
            "username": host.username,
            "display_name": host.display_name,
            "role": host.role,
        }
        group_json = (
            {"id": group.id, "slug": group.slug, "name": group.name} if group is not None else None
        )
    else:
        host_json = {
            "id": meetup.host_id,
            "username": meetup.host_username,
            "display_name": meetup.host_display_name,
            "role": meetup.host_role,
        }
        group_json = (
            {"id": meetup.group_id, "slug": meetup.group_slug, "name": meetup.group_name}
            if meetup.group_id is not None
            else None
        )
    return {
        "id": meetup.id,
        "group": group_json,
        "title": meetup.title,
        "description": meetup.description,
        "kind": meetup.kind,
        "starts_at": meetup.starts_at,
        "ends_at": meetup.ends_at,
        "venue": meetup.venue if policy.can_see_venue(viewer) else None,
        "area": meetup.area,
        "capacity": meetup.capacity,
        "going_count": meetup.going_count,
        "waitlist_count": meetup.waitlist_count,
        "maybe_count": meetup.maybe_count,
        "pending_count": (
            meetup.pending_count
            if viewer is not None and policy.can_manage_meetup(viewer, meetup.host_id)
            else 0
        ),
        "my_rsvp": my_rsvp if viewer is not None else None,
        "host": host_json,
        "is_cancelled": meetup.is_cancelled,
        "requires_approval": meetup.requires_approval,
        "thread_id": meetup.thread_id,
        "created_at": meetup.created_at,
        "updated_at": meetup.updated_at,
    }


def meetup_read(meetup: Meetup, viewer: User | None, my_rsvp: dict[str, Any] | None) -> MeetupRead:
    """`meetup` (its host and group loaded) as `viewer` may see it, as a model."""
    return MeetupRead.model_validate(meetup_json(meetup, viewer, my_rsvp))


def answer_json(
    status: str | None, waitlisted: bool | None, position: int | None
) -> dict[str, Any] | None:
    """The viewer's answer (`MyRsvp`'s fields), None when she gave none."""
    if status is None:
        return None
    return {
        "status": status,
        "waitlisted": bool(waitlisted),
        "position": int(position) if position is not None else None,
    }


def _position(answer: Any) -> Any:
    """A waitlisted answer's place: 1 + the waitlisted answers with a smaller ticket (null
    when not waitlisted)."""
    ahead = aliased(Rsvp)
    before: Any = (
        select(func.count())
        .select_from(ahead)
        .where(
            ahead.meetup_id == answer.meetup_id,
            ahead.waitlisted == true(),
            ahead.waitlist_ticket < answer.waitlist_ticket,
        )
        .correlate(answer)
        .scalar_subquery()
    )
    return case((answer.waitlisted == true(), before + 1), else_=None)


_MINE = aliased(Rsvp, name="mine")


def with_my_answers(statement: Any) -> Any:
    """A select of `MEETUP_ROWS` with the viewer's (`viewer_id`) answer to each meet-up and
    its waitlist place as three more columns (`answer_of_row`), in the same statement."""
    return statement.outerjoin(
        _MINE, and_(_MINE.meetup_id == Meetup.id, _MINE.user_id == bindparam("viewer_id"))
    ).add_columns(
        _MINE.status.label("my_status"),
        _MINE.waitlisted.label("my_waitlisted"),
        _position(_MINE).label("my_position"),
    )


def page_items(rows: Sequence[Row[Any]], viewer: User | None) -> list[dict[str, Any]]:
    """A page's rows (`MEETUP_ROWS`, a member's `with_my_answers`) as `viewer` sees them."""
    if viewer is None:
        return [meetup_json(row, None, None) for row in rows]
    return [
        meetup_json(row, viewer, answer_json(row.my_status, row.my_waitlisted, row.my_position))
        for row in rows
    ]


_MY_ANSWERS = select(
    Rsvp.meetup_id, Rsvp.status, Rsvp.waitlisted, _position(Rsvp).label("position")
).where(
    Rsvp.user_id == bindparam("viewer_id"), Rsvp.meetup_id.in_(bindparam("ids", expanding=True))
)


async def my_answers(
    session: AsyncSession, viewer: User | None, meetup_ids: Sequence[int]
) -> dict[int, dict[str, Any] | None]:
    """The viewer's answers to these meet-ups, by meet-up, in one statement."""
    if viewer is None or not meetup_ids:
        return {}
    rows = await session.execute(_MY_ANSWERS, {"viewer_id": viewer.id, "ids": list(meetup_ids)})
    return {row.meetup_id: answer_json(row.status, row.waitlisted, row.position) for row in rows}


async def present_meetups(
    session: AsyncSession, viewer: User | None, meetups: Sequence[Meetup]
) -> list[MeetupRead]:
    """Meet-ups (hosts and groups loaded: `MEETUP_WITH_REFS`) as `viewer` may see them."""
    answers = await my_answers(session, viewer, [meetup.id for meetup in meetups])
    return [meetup_read(meetup, viewer, answers.get(meetup.id)) for meetup in meetups]


async def present_meetup(session: AsyncSession, viewer: User | None, meetup: Meetup) -> MeetupRead:
    (shown,) = await present_meetups(session, viewer, [meetup])
    return shown
