"""The forum's counter rules, which the counter check (app/counters.py) runs.

The rules, as the services keep them:
- a thread's `post_count` is its posts not deleted (a deleted thread keeps its count),
  `last_number` its highest post number, and `last_post_at` is never older than its newest
  post (deleting a post does not move it back);
- a category's `thread_count` is its live threads, `post_count` the posts not deleted in
  those threads, `last_post_at` the newest `last_post_at` among those threads;
- a member's public `post_count` is their posts that are neither anonymous nor deleted, in
  live threads.

Plain SQL that runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, false, func, or_, select

from app import counters
from app.accounts.models import User
from app.forum.models import Category, Post, Thread
from app.forum.queries import LIVE_THREAD, RowSelect


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
        .where(LIVE_THREAD)
        .group_by(Thread.category_id)
        .subquery()
    )
    posts = (
        select(Thread.category_id, func.count().label("posts"))
        .join(Post, Post.thread_id == Thread.id)
        .where(LIVE_THREAD, Post.is_deleted == false())
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
        .where(Post.anonymous == false(), Post.is_deleted == false(), LIVE_THREAD)
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


def _not_older(stored: Any, newest: Any) -> bool:
    """A thread's `last_post_at` is at or after its newest post (a delete leaves it)."""
    return newest is None or (stored is not None and stored >= newest)


counters.register(
    counters.CounterRule(
        "categories",
        _categories(),
        {
            "thread_count": ("thread_count", "actual_thread_count"),
            "post_count": ("post_count", "actual_post_count"),
            "last_post_at": ("last_post_at", "newest"),
        },
    ),
    counters.CounterRule(
        "threads",
        _threads(),
        {
            "post_count": ("post_count", "actual_post_count"),
            "last_number": ("last_number", "actual_last_number"),
            "last_post_at": ("last_post_at", "newest"),
        },
        agrees={"last_post_at": _not_older},
    ),
    counters.CounterRule("users", _users(), {"post_count": ("post_count", "actual_post_count")}),
)
