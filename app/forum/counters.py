"""The counter check: recomputes every stored counter from the rows it counts and reports
each one that differs (`village check-counters`, and the tests after every race).

The rules, as the services keep them:
- a thread's `post_count` is its posts not deleted (a deleted thread keeps its count),
  `last_number` its highest post number, and `last_post_at` is never older than its newest
  post (deleting a post does not move it back);
- a category's `thread_count` is its threads not deleted, `post_count` the posts not
  deleted in those threads, `last_post_at` the newest `last_post_at` among those threads;
- a member's public `post_count` is their posts that are neither anonymous nor deleted, in
  threads not deleted;
- a review-queue item's `open_flags` / `spam_flags` are the post's open (spam) flags, and
  every post with an open flag has an item.

Each rule is one statement, so it compares stored counters and rows in one snapshot and may
run on a live forum; it is plain SQL that runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from app.accounts.models import User
from app.forum.models import Category, Post, Thread
from app.forum.queries import RowSelect
from app.moderation.models import Flag, FlagReason, FlagStatus, QueueItem


@dataclass(frozen=True)
class Drift:
    """One stored counter that its rows disagree with."""

    table: str
    row_id: int
    column: str
    stored: Any
    actual: Any

    def __str__(self) -> str:
        return (
            f"{self.table} {self.row_id}: {self.column} is {self.stored!r}, "
            f"the rows say {self.actual!r}"
        )


async def find_drift(connection: AsyncConnection) -> list[Drift]:
    """Every counter that differs from its rows, table by table (empty when all are exact)."""
    drift: list[Drift] = []
    for table, statement, pairs in _RULES:
        for row in await connection.execute(statement):
            values = row._mapping
            for column, (stored, actual) in pairs.items():
                if not _agrees(table, column, values[stored], values[actual]):
                    drift.append(Drift(table, values["id"], column, values[stored], values[actual]))
    return drift


def _agrees(table: str, column: str, stored: Any, actual: Any) -> bool:
    if (table, column) == ("threads", "last_post_at"):  # at or after its newest post
        return actual is None or (stored is not None and stored >= actual)
    return bool(stored == actual)


def _live(column: Any) -> Any:
    """Counts the rows where `column` (a boolean) is false."""
    return func.count(case((column == false(), 1)))


def _threads() -> RowSelect:
    posts = (
        select(
            Post.thread_id,
            _live(Post.is_deleted).label("live"),
            func.max(Post.number).label("last_number"),
            func.max(Post.created_at).label("newest"),
        )
        .group_by(Post.thread_id)
        .subquery()
    )
    live = func.coalesce(posts.c.live, 0)
    last_number = func.coalesce(posts.c.last_number, 0)
    return (
        select(
            Thread.id,
            Thread.post_count,
            live.label("actual_post_count"),
            Thread.last_number,
            last_number.label("actual_last_number"),
            Thread.last_post_at,
            posts.c.newest,
        )
        .outerjoin(posts, posts.c.thread_id == Thread.id)
        .where(
            or_(
                Thread.post_count != live,
                Thread.last_number != last_number,
                Thread.last_post_at < posts.c.newest,
            )
        )
        .order_by(Thread.id)
    )


def _categories() -> RowSelect:
    threads = (
        select(
            Thread.category_id,
            func.count().label("threads"),
            func.max(Thread.last_post_at).label("newest"),
        )
        .where(Thread.is_deleted == false())
        .group_by(Thread.category_id)
        .subquery()
    )
    posts = (
        select(Thread.category_id, func.count().label("posts"))
        .join(Post, Post.thread_id == Thread.id)
        .where(Thread.is_deleted == false(), Post.is_deleted == false())
        .group_by(Thread.category_id)
        .subquery()
    )
    thread_count = func.coalesce(threads.c.threads, 0)
    post_count = func.coalesce(posts.c.posts, 0)
    return (
        select(
            Category.id,
            Category.thread_count,
            thread_count.label("actual_thread_count"),
            Category.post_count,
            post_count.label("actual_post_count"),
            Category.last_post_at,
            threads.c.newest,
        )
        .outerjoin(threads, threads.c.category_id == Category.id)
        .outerjoin(posts, posts.c.category_id == Category.id)
        .where(
            or_(
                Category.thread_count != thread_count,
                Category.post_count != post_count,
                Category.last_post_at.is_distinct_from(threads.c.newest),
            )
        )
        .order_by(Category.id)
    )


def _users() -> RowSelect:
    public = (
        select(Post.author_id, func.count().label("posts"))
        .join(Thread, Thread.id == Post.thread_id)
        .where(Post.anonymous == false(), Post.is_deleted == false(), Thread.is_deleted == false())
        .group_by(Post.author_id)
        .subquery()
    )
    post_count = func.coalesce(public.c.posts, 0)
    return (
        select(User.id, User.post_count, post_count.label("actual_post_count"))
        .outerjoin(public, public.c.author_id == User.id)
        .where(User.post_count != post_count)
        .order_by(User.id)
    )


def _open_flags() -> Any:
    return (
        select(
            Flag.post_id,
            func.count().label("open"),
            func.count(case((Flag.reason == FlagReason.spam.value, 1))).label("spam"),
        )
        .where(Flag.status == FlagStatus.open.value)
        .group_by(Flag.post_id)
        .subquery()
    )


def _queue_items() -> RowSelect:
    flags = _open_flags()
    open_flags = func.coalesce(flags.c.open, 0)
    spam_flags = func.coalesce(flags.c.spam, 0)
    return (
        select(
            QueueItem.post_id.label("id"),
            QueueItem.open_flags,
            open_flags.label("actual_open_flags"),
            QueueItem.spam_flags,
            spam_flags.label("actual_spam_flags"),
        )
        .outerjoin(flags, flags.c.post_id == QueueItem.post_id)
        .where(or_(QueueItem.open_flags != open_flags, QueueItem.spam_flags != spam_flags))
        .order_by(QueueItem.post_id)
    )


def _missing_queue_items() -> RowSelect:
    """Posts with open flags but no queue item (SQLite has no FULL JOIN for one statement)."""
    flags = _open_flags()
    return (
        select(
            flags.c.post_id.label("id"),
            QueueItem.open_flags,
            flags.c.open.label("actual_open_flags"),
        )
        .outerjoin(QueueItem, QueueItem.post_id == flags.c.post_id)
        .where(QueueItem.post_id.is_(None))
        .order_by(flags.c.post_id)
    )


# (table, statement selecting the rows that drift, {counter: (stored key, actual key)})
_RULES: list[tuple[str, RowSelect, dict[str, tuple[str, str]]]] = [
    (
        "categories",
        _categories(),
        {
            "thread_count": ("thread_count", "actual_thread_count"),
            "post_count": ("post_count", "actual_post_count"),
            "last_post_at": ("last_post_at", "newest"),
        },
    ),
    (
        "threads",
        _threads(),
        {
            "post_count": ("post_count", "actual_post_count"),
            "last_number": ("last_number", "actual_last_number"),
            "last_post_at": ("last_post_at", "newest"),
        },
    ),
    ("users", _users(), {"post_count": ("post_count", "actual_post_count")}),
    (
        "moderation_queue",
        _queue_items(),
        {
            "open_flags": ("open_flags", "actual_open_flags"),
            "spam_flags": ("spam_flags", "actual_spam_flags"),
        },
    ),
    (
        "moderation_queue",
        _missing_queue_items(),
        {"open_flags": ("open_flags", "actual_open_flags")},
    ),
]
