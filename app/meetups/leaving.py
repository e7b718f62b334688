"""A member who leaves the forum (DELETE /me), in the leaving transaction (`MemberLeft`):

- the meet-ups she hosts that have not started are cancelled (nobody should travel to meet
  a host who is gone), and those who answered are told as for any cancel;
- her answers are taken away: the counters move by exactly what she held, and each place
  she freed goes to the first on that meet-up's waitlist (rsvp.py).

Meet-ups are locked in id order, hosted and answered alike, so this transaction takes its
locks in the same order as any other that locks several."""

from __future__ import annotations

from sqlalchemy import false, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.events import Event, EventKind, MemberLeft, on
from app.meetups import rsvp
from app.meetups.models import Meetup
from app.meetups.service import mark_cancelled

HOST_LEFT = "The host has left Village."


@on(EventKind.member_left)
async def forget_member(session: AsyncSession, event: Event) -> None:
    assert isinstance(event, MemberLeft)
    hosted = set(
        (
            await session.scalars(
                select(Meetup.id).where(
                    Meetup.host_id == event.user_id,
                    Meetup.is_cancelled == false(),
                    Meetup.starts_at > utcnow(),
                )
            )
        ).all()
    )
    answered = set(await rsvp.answered_by(session, event.user_id))
    for meetup_id in sorted(hosted | answered):
        if meetup_id in hosted:
            await rsvp.lock_meetup(session, meetup_id)
            await mark_cancelled(session, None, meetup_id, by_moderator=False, reason=HOST_LEFT)
        if meetup_id in answered:
            await rsvp.remove_answer(session, meetup_id, event.user_id)
