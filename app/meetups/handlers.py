"""In-transaction reactions of meet-ups to other domains' events (registered on import).

- A meet-up's discussion opening post hidden (reports, or a moderator's hand) → the meet-up
  is hidden with it; shown again → shown again (`MeetupUpdated(changed=["is_hidden"])`).
- Its discussion thread deleted by a moderator → the meet-up is cancelled
  (`MeetupCancelled(by_moderator=True)`; the thread's delete is in the audit log already).
- Its discussion's opening post deleted (by its host, or a moderator with a reason) → the
  meet-up is cancelled too: that post is what reports on the meet-up are made against and
  what summarises it, so a meet-up without it could neither be reported nor read.

Each change is conditional, so an event seen twice (or twice at once) changes it once."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.events import (
    Event,
    EventKind,
    MeetupUpdated,
    PostDeleted,
    PostHidden,
    PostUnhidden,
    ThreadDeleted,
    emit,
    on,
)
from app.forum.models import Post
from app.meetups import service
from app.meetups.models import Meetup


async def _meetup_opened_by(session: AsyncSession, post_id: int) -> int | None:
    """The meet-up whose discussion this post opens, if any."""
    meetup_id: int | None = await session.scalar(
        select(Meetup.id)
        .join(Post, Post.thread_id == Meetup.thread_id)
        .where(Post.id == post_id, Post.number == 1)
    )
    return meetup_id


@on(EventKind.post_hidden, EventKind.post_unhidden)
async def follow_opening_post(session: AsyncSession, event: Event) -> None:
    assert isinstance(event, PostHidden | PostUnhidden)
    meetup_id = await _meetup_opened_by(session, event.post_id)
    if meetup_id is None:
        return
    hidden = isinstance(event, PostHidden)
    changed = await session.scalar(
        update(Meetup)
        .where(Meetup.id == meetup_id, Meetup.is_hidden == (not hidden))
        .values(is_hidden=hidden, sequence=Meetup.sequence + 1)
        .returning(Meetup.thread_id)
        .execution_options(synchronize_session=False)
    )
    if changed is not None:
        await emit(
            session,
            None,
            MeetupUpdated(thread_id=changed, meetup_id=meetup_id, changed=["is_hidden"]),
        )


@on(EventKind.thread_deleted)
async def cancel_with_thread(session: AsyncSession, event: Event) -> None:
    assert isinstance(event, ThreadDeleted)
    meetup_id = await session.scalar(select(Meetup.id).where(Meetup.thread_id == event.thread_id))
    if meetup_id is not None:
        await service.mark_cancelled(
            session,
            None,
            meetup_id,
            by_moderator=True,
            reason="Its discussion was removed by a moderator.",
        )


@on(EventKind.post_deleted)
async def cancel_with_opening_post(session: AsyncSession, event: Event) -> None:
    assert isinstance(event, PostDeleted)
    meetup_id = await _meetup_opened_by(session, event.post_id)
    if meetup_id is not None:
        # A moderator's delete carries a reason (and is in the audit log already).
        await service.mark_cancelled(
            session,
            None,
            meetup_id,
            by_moderator=event.reason is not None,
            reason=event.reason or "Its summary post was deleted.",
        )
