"""The one presenter of a meet-up (`MeetupRead`) per viewer, used by every route that returns
one: the venue is null for visitors, `pending_count` is the host's and moderators' (else 0),
and `my_rsvp` is the viewer's own answer with her place on the waitlist.

A page is presented in a bounded number of statements whatever its size: the meet-ups come
with their hosts and groups (the caller's one statement, `MEETUP_WITH_REFS`), and the
viewer's answers with their waitlist positions are one more."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from app.accounts.models import User
from app.accounts.schemas import UserRef
from app.meetups import policy
from app.meetups.models import Meetup, MeetupKind, Rsvp
from app.meetups.schemas import GroupRef, MeetupRead, MyRsvp

# A meet-up with what its presenter reads beside it (one statement with two joins).
MEETUP_WITH_REFS = select(Meetup).options(joinedload(Meetup.host), joinedload(Meetup.group))


def meetup_read(meetup: Meetup, viewer: User | None, my_rsvp: MyRsvp | None) -> MeetupRead:
    """`meetup` (its host and group loaded) as `viewer` may see it."""
    group = meetup.group
    return MeetupRead(
        id=meetup.id,
        group=GroupRef(id=group.id, slug=group.slug, name=group.name) if group else None,
        title=meetup.title,
        description=meetup.description,
        kind=MeetupKind(meetup.kind),
        starts_at=meetup.starts_at,
        ends_at=meetup.ends_at,
        venue=meetup.venue if policy.can_see_venue(viewer) else None,
        area=meetup.area,
        capacity=meetup.capacity,
        going_count=meetup.going_count,
        waitlist_count=meetup.waitlist_count,
        maybe_count=meetup.maybe_count,
        pending_count=(
            meetup.pending_count
            if viewer is not None and policy.can_manage_meetup(viewer, meetup.host_id)
            else 0
        ),
        my_rsvp=my_rsvp if viewer is not None else None,
        host=UserRef.model_validate(meetup.host),
        is_cancelled=meetup.is_cancelled,
        requires_approval=meetup.requires_approval,
        thread_id=meetup.thread_id,
        created_at=meetup.created_at,
        updated_at=meetup.updated_at,
    )


async def my_answers(
    session: AsyncSession, viewer: User | None, meetup_ids: Sequence[int]
) -> dict[int, MyRsvp]:
    """The viewer's answers to these meet-ups, by meet-up, in one statement: a waitlisted
    answer's position is 1 + the waitlisted answers with a smaller ticket."""
    if viewer is None or not meetup_ids:
        return {}
    ahead = aliased(Rsvp)
    position: Any = (
        select(func.count())
        .select_from(ahead)
        .where(
            ahead.meetup_id == Rsvp.meetup_id,
            ahead.waitlisted == true(),
            ahead.waitlist_ticket < Rsvp.waitlist_ticket,
        )
        .correlate(Rsvp)
        .scalar_subquery()
    )
    rows = await session.execute(
        select(
            Rsvp.meetup_id,
            Rsvp.status,
            Rsvp.waitlisted,
            case((Rsvp.waitlisted == true(), position + 1), else_=None).label("position"),
        ).where(Rsvp.user_id == viewer.id, Rsvp.meetup_id.in_(list(meetup_ids)))
    )
    return {
        row.meetup_id: MyRsvp(
            status=row.status,
            waitlisted=bool(row.waitlisted),
            position=int(row.position) if row.position is not None else None,
        )
        for row in rows
    }


async def present_meetups(
    session: AsyncSession, viewer: User | None, meetups: Sequence[Meetup]
) -> list[MeetupRead]:
    """Meet-ups (hosts and groups loaded: `MEETUP_WITH_REFS`) as `viewer` may see them."""
    answers = await my_answers(session, viewer, [meetup.id for meetup in meetups])
    return [meetup_read(meetup, viewer, answers.get(meetup.id)) for meetup in meetups]


async def present_meetup(session: AsyncSession, viewer: User | None, meetup: Meetup) -> MeetupRead:
    (shown,) = await present_meetups(session, viewer, [meetup])
    return shown
