"""The forum's reactions to other domains' events, run in the emitting transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import case, delete, false, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import utcnow
from app.events import Event, EventKind, MemberLeft, PostDeleted, emit, on
from app.forum.models import Post, PostRevision, Reaction, Thread, ThreadState
from app.forum.service import NO_SYNC, count_public_post, shift_category_counts


@on(EventKind.member_left)
async def forget_member(session: AsyncSession, event: Event) -> None:
    """A member who left takes their reactions and reading state (read marks, subscriptions)
    with them; with `erase_posts` their posts' words too (otherwise the posts stay, shown as
    by a deleted member: forum/schemas.py)."""
    assert isinstance(event, MemberLeft)
    await session.execute(delete(Reaction).where(Reaction.user_id == event.user_id))
    await session.execute(delete(ThreadState).where(ThreadState.user_id == event.user_id))
    if event.erase_posts:
        await _erase_posts(session, event.user_id)


async def _erase_posts(session: AsyncSession, author_id: int) -> None:
    """Deletes every post of the author as `service.delete_post` deletes one (the post keeps
    its number and place, so replies and their `reply_to` still read right; counters move
    by exactly what was deleted; `last_post_at` stays), and empties what was stored of
    them: bodies, those of posts deleted earlier, and earlier versions. Anonymous posts are
    erased alike, looking like any deleted post.

    Threads are locked first, in id order (the forum's lock order: forum/service.py), and
    read afresh, so a concurrent thread delete subtracts each post once, either there or
    here."""
    thread_ids = select(Post.thread_id).where(
        Post.author_id == author_id, Post.is_deleted == false()
    )
    locked = await session.execute(
        select(Thread.id, Thread.is_deleted)
        .where(Thread.id.in_(thread_ids))
        .order_by(Thread.id)
        .with_for_update(key_share=True)
    )
    threads: dict[int, bool] = dict(locked.all())
    deleted = await session.execute(
        update(Post)
        .where(
            Post.author_id == author_id,
            Post.is_deleted == false(),
            Post.thread_id.in_(list(threads)),
        )
        .values(is_deleted=True, deleted_at=utcnow(), body="", body_html="")
        .returning(Post.id, Post.thread_id, Post.anonymous)
        .execution_options(**NO_SYNC)
    )
    erased = [(post_id, thread_id, anonymous) for post_id, thread_id, anonymous in deleted]
    await _subtract_erased(session, author_id, threads, erased)
    # What a delete leaves stored, erased too: the words of posts deleted before, and the
    # bodies each post had before an edit.
    authored = select(Post.id).where(Post.author_id == author_id)
    await session.execute(
        update(Post)
        .where(Post.author_id == author_id, Post.is_deleted == true())
        .values(body="", body_html="")
        .execution_options(**NO_SYNC)
    )
    await session.execute(delete(PostRevision).where(PostRevision.post_id.in_(authored)))
    # Readers and consumers learn each post is gone, and moderation closes the reports on
    # it (moderation/handlers.py), as for any delete by its author: no audit entry.
    for post_id, thread_id, _anonymous in sorted(erased):
        if not threads[thread_id]:
            await emit(session, None, PostDeleted(thread_id=thread_id, post_id=post_id))


async def _subtract_erased(
    session: AsyncSession,
    author_id: int,
    threads: dict[int, bool],
    erased: Sequence[tuple[int, int, bool]],
) -> None:
    """Moves the counters by the erased posts: each thread's `post_count`; for the threads
    that are not deleted (a deleted one is out of its category's counts already) their
    categories' `post_count` and the author's public `post_count`."""
    per_thread = Counter(thread_id for _, thread_id, _ in erased)
    if not per_thread:
        return
    await session.execute(
        update(Thread)
        .where(Thread.id.in_(list(per_thread)))
        .values(post_count=Thread.post_count - case(per_thread, value=Thread.id, else_=0))
        .execution_options(**NO_SYNC)
    )
    live = [thread_id for thread_id in per_thread if not threads[thread_id]]
    if not live:
        return
    in_categories = await session.execute(
        select(Thread.id, Thread.category_id).where(Thread.id.in_(live))
    )
    categories: dict[int, int] = dict(in_categories.all())
    per_category: Counter[int] = Counter()
    for thread_id in live:
        per_category[categories[thread_id]] += per_thread[thread_id]
    for category_id in sorted(per_category):  # categories in id order, as every writer
        await shift_category_counts(session, category_id, 0, -per_category[category_id])
    public = sum(
        1 for _, thread_id, anonymous in erased if not anonymous and not threads[thread_id]
    )
    if public:
        await count_public_post(session, author_id, False, -public)
