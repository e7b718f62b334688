"""A member who leaves the forum (DELETE /me) takes her meet-up answers with her, in the
leaving transaction (`MemberLeft`): the counters move by exactly what she held, and every
place she freed goes to the first on that meet-up's waitlist (rsvp.py)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.events import Event, EventKind, MemberLeft, on
from app.meetups.rsvp import remove_answers


@on(EventKind.member_left)
async def forget_answers(session: AsyncSession, event: Event) -> None:
    assert isinstance(event, MemberLeft)
    await remove_answers(session, event.user_id)
