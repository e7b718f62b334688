"""The daily digest: members with `email_digest = 'daily'` get, once a day, one email listing
the threads they watch that have new posts for them (title, how many, a link to the first),
and none when there is nothing new.

Every worker looks for members whose digest is due every EMAIL_DIGEST_CHECK_SECONDS (a
periodic task, app/worker/periodic.py); a member's digest is claimed by a conditional upsert
of `email_digests.last_sent_at` in the same transaction that queues the email, so with any
number of workers each member gets at most one per DIGEST_INTERVAL, exactly one when there
is news. "New" means posted since the member's last digest (the last day, for a first one),
after the last post they read in that thread, not by them, and visible to them: not hidden,
not deleted, in a thread not deleted, not by someone they blocked. The day slides by at most
one check interval a day (a digest is due a full day after the last, noticed at the next
check).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ForeignKey, and_, exists, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.accounts.models import EmailDigest, SubscriptionLevel, User, UserBlock
from app.db import Base, UTCDateTime, dialect_insert, utcnow
from app.forum.models import Post, Thread, ThreadState
from app.mail.compose import Letter, Letterhead
from app.mail.models import OutgoingMail
from app.notifications.emails import (
    DIGEST_KIND,
    letterhead_of,
    links_of,
    mail_rows,
    post_link,
    unsubscribe_lines,
)
from app.notifications.unsubscribe import Purpose, UnsubscribeLinks, prune_used_links
from app.worker.periodic import Tick, periodic

DIGEST_INTERVAL = timedelta(days=1)
BATCH = 200  # members per transaction
MAX_THREADS = 30  # listed in one digest; the rest are counted


class DigestState(Base):
    """When a member's last digest was claimed (sent, or found to have nothing new)."""

    __tablename__ = "email_digests"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    last_sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class ThreadNews:
    thread_id: int
    title: str
    new_posts: int
    first_number: int


def digest_letter(
    letterhead: Letterhead, links: UnsubscribeLinks, user_id: int, news: list[ThreadNews]
) -> Letter:
    forum = letterhead.forum_name
    one_click, page = links.urls(letterhead, user_id, Purpose.digest)
    listed = news[:MAX_THREADS]
    lines = [
        f"• {item.title} — {item.new_posts} new {'post' if item.new_posts == 1 else 'posts'}\n"
        f"  {post_link(letterhead, item.thread_id, item.first_number)}"
        for item in listed
    ]
    more = len(news) - len(listed)
    if more:
        lines.append(f"… and {more} more {'thread' if more == 1 else 'threads'} you watch.")
    total = sum(item.new_posts for item in news)
    threads = "thread" if len(news) == 1 else "threads"
    return Letter(
        kind=DIGEST_KIND,
        subject=f"{total} new {'post' if total == 1 else 'posts'} in {len(news)} {threads} "
        f"you watch on {forum}",
        body=(
            "New since your last digest, in the threads you watch:\n\n"
            + "\n\n".join(lines)
            + f"\n\n{unsubscribe_lines(page, 'the daily digest')}"
        ),
        reason=(
            f"You received this email because your {forum} settings ask for a daily digest "
            f"of the threads you watch."
        ),
        list_unsubscribe=one_click,
    )


def _due(cutoff: datetime) -> Any:
    return and_(
        User.email_digest == EmailDigest.daily.value,
        User.email_verified,
        User.deleted_at.is_(None),
        or_(DigestState.last_sent_at.is_(None), DigestState.last_sent_at <= cutoff),
    )


async def _news(
    session: AsyncSession, user_ids: list[int], cutoff: datetime
) -> dict[int, list[ThreadNews]]:
    """Per member, the watched threads with new posts for them (one grouped SELECT)."""
    since = func.coalesce(DigestState.last_sent_at, cutoff)
    blocked = exists().where(
        UserBlock.blocker_id == ThreadState.user_id, UserBlock.blocked_id == Post.author_id
    )
    rows = await session.execute(
        select(
            ThreadState.user_id,
            Thread.id,
            Thread.title,
            func.count(Post.id),
            func.min(Post.number),
            func.max(Post.id),
        )
        .select_from(ThreadState)
        .join(Thread, Thread.id == ThreadState.thread_id)
        .join(Post, Post.thread_id == Thread.id)
        .outerjoin(DigestState, DigestState.user_id == ThreadState.user_id)
        .where(
            ThreadState.user_id.in_(user_ids),
            ThreadState.subscription == SubscriptionLevel.watching.value,
            Thread.is_deleted.is_(False),
            Post.created_at > since,
            Post.number > ThreadState.last_read_number,
            Post.author_id != ThreadState.user_id,
            Post.is_deleted.is_(False),
            Post.is_hidden.is_(False),
            ~blocked,
        )
        .group_by(ThreadState.user_id, Thread.id, Thread.title)
        .order_by(ThreadState.user_id, func.max(Post.id).desc())
    )
    news: dict[int, list[ThreadNews]] = {}
    for user_id, thread_id, title, count, first, _latest in rows:
        news.setdefault(user_id, []).append(ThreadNews(thread_id, title, count, first))
    return news


async def _claim(
    session: AsyncSession, user_ids: list[int], now: datetime, cutoff: datetime
) -> set[int]:
    """Marks these members' digests done, unless another worker did meanwhile: the upsert
    changes only rows still due, and returns exactly those."""
    upsert = dialect_insert(session)(DigestState).values(
        [{"user_id": user_id, "last_sent_at": now} for user_id in user_ids]
    )
    upsert = upsert.on_conflict_do_update(
        index_elements=["user_id"],
        set_={"last_sent_at": upsert.excluded.last_sent_at},
        where=DigestState.last_sent_at <= cutoff,
    ).returning(DigestState.user_id)
    return set(await session.scalars(upsert))


async def send_due_digests(
    session: AsyncSession,
    letterhead: Letterhead,
    links: UnsubscribeLinks,
    now: datetime | None = None,
    limit: int = BATCH,
) -> tuple[int, int]:
    """One batch: claims up to `limit` members whose digest is due and queues the digests
    that have news. Returns (members claimed, digests queued); fewer claimed than `limit`
    means nothing more is due."""
    now = now or utcnow()
    cutoff = now - DIGEST_INTERVAL
    due = list(
        await session.execute(
            select(User.id, User.email)
            .outerjoin(DigestState, DigestState.user_id == User.id)
            .where(_due(cutoff))
            .order_by(User.id)
            .limit(limit)
        )
    )
    if not due:
        return 0, 0
    ids = [user_id for user_id, _ in due]
    news = await _news(session, ids, cutoff)  # before the claim moves `since`
    claimed = await _claim(session, ids, now, cutoff)
    letters = [
        (user_id, address, digest_letter(letterhead, links, user_id, news[user_id]))
        for user_id, address in due
        if user_id in claimed and news.get(user_id)
    ]
    if letters:
        await session.execute(insert(OutgoingMail), mail_rows(letterhead, letters))
    return len(due), len(letters)


@periodic("email_digest", lambda settings: settings.email_digest_check_seconds)
async def digest_tick(tick: Tick) -> None:
    letterhead, links = letterhead_of(tick.settings), links_of(tick.settings)
    while not tick.stopping():
        async with tick.write() as session:
            claimed, _ = await send_due_digests(session, letterhead, links)
        if claimed < BATCH:
            return


PRUNE_BATCH = 1000


@periodic("unsubscribe_prune", 6 * 3600)
async def prune_unsubscribe_uses(tick: Tick) -> None:
    """Forgets used unsubscribe links once they would have expired anyway."""
    lifetime = timedelta(days=tick.settings.unsubscribe_link_days)
    while not tick.stopping():
        async with tick.write() as session:
            deleted = await prune_used_links(session, lifetime, PRUNE_BATCH)
        if deleted < PRUNE_BATCH:
            return
