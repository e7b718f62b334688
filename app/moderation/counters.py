"""Moderation's counter rules, which the counter check (app/counters.py) runs: a review-queue
item's `open_flags` / `spam_flags` are its post's open (spam) flags, and every post with an
open flag has an item."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, or_, select

from app import counters
from app.forum.queries import RowSelect
from app.moderation.models import Flag, FlagReason, FlagStatus, QueueItem


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


counters.register(
    counters.CounterRule(
        "moderation_queue",
        _queue_items(),
        {
            "open_flags": ("open_flags", "actual_open_flags"),
            "spam_flags": ("spam_flags", "actual_spam_flags"),
        },
    ),
    counters.CounterRule(
        "moderation_queue",
        _missing_queue_items(),
        {"open_flags": ("open_flags", "actual_open_flags")},
    ),
)
