"""Moderation's reactions to other domains' events, run in the emitting transaction."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.events import Action, Audit, Event, EventKind, MemberLeft, PostDeleted, Target, emit, on
from app.forum.models import Post
from app.moderation.models import Flag, FlagStatus, QueueItem


@on(EventKind.thread_deleted, EventKind.post_deleted)
async def close_reports(session: AsyncSession, event: Event) -> None:
    """Deleting a post or thread upholds the open reports on what it removed (automatically,
    each logged) and takes them out of the review queue, where they could no longer be
    resolved."""
    if isinstance(event, PostDeleted):
        removed = select(Post.id).where(Post.id == event.post_id)
    else:
        removed = select(Post.id).where(Post.thread_id == event.thread_id)
    closed = await session.scalars(
        update(Flag)
        .where(Flag.post_id.in_(removed), Flag.status == FlagStatus.open)
        .values(status=FlagStatus.upheld.value, resolved_at=utcnow())
        .returning(Flag.id)
        .execution_options(synchronize_session=False)
    )
    for flag_id in list(closed):
        await emit(session, None, audit=Audit(Action.flag_upheld, Target.flag, flag_id))
    await session.execute(delete(QueueItem).where(QueueItem.post_id.in_(removed)))


@on(EventKind.member_left)
async def release_claims(session: AsyncSession, event: Event) -> None:
    """Reports claimed by a member who left (a moderator made a member first may still hold
    some) go back to the queue for any moderator, each release logged as automatic."""
    assert isinstance(event, MemberLeft)
    released = await session.scalars(
        update(QueueItem)
        .where(QueueItem.claimed_by_id == event.user_id)
        .values(claimed_by_id=None, claimed_at=None)
        .returning(QueueItem.post_id)
        .execution_options(synchronize_session=False)
    )
    for post_id in sorted(released):
        note = "the moderator who claimed it left"
        await emit(session, None, audit=Audit(Action.queue_release, Target.post, post_id, note))
