"""Notification rules for their member: the list (newest first, keyset on the id), the unread
count, marking read, and the one presenter of a notification, used by the list and by the
live stream (`notifications_by_ids`).

What a notification shows of its thread and post is decided here, once: the thread's title
and the post's number while the thread is there for everyone (a deleted thread's title is
gone with its page), never a post's words; the actor while they have an account (a member
who left, an anonymous author and "the moderators" are all null). Notifications about
content that later became hidden or deleted stay in the list, as Discourse keeps them: the
list and the unread count must agree, and a member may have read it already.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, false, func, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.accounts.models import User
from app.accounts.schemas import UserRef
from app.db import utcnow
from app.forum.models import Post, Thread
from app.notifications.models import Notification
from app.notifications.schemas import (
    NotificationPost,
    NotificationRead,
    NotificationThread,
)
from app.pagination import decode_cursor, keyset_page

_ACTOR = aliased(User, name="actor")

# A notification with what its presenter shows beside it: one statement per page.
_ROWS = (
    select(
        Notification,
        Thread.title.label("thread_title"),
        Thread.is_deleted.label("thread_deleted"),
        Post.number.label("post_number"),
        _ACTOR.username.label("actor_username"),
        _ACTOR.display_name.label("actor_display_name"),
        _ACTOR.role.label("actor_role"),
        _ACTOR.deleted_at.label("actor_deleted_at"),
    )
    .outerjoin(Thread, Thread.id == Notification.thread_id)
    .outerjoin(Post, Post.id == Notification.post_id)
    .outerjoin(_ACTOR, _ACTOR.id == Notification.actor_id)
)


def present(row: Row[*tuple[Any, ...]]) -> NotificationRead:
    """The Notification resource from a row of `_ROWS` (see the module's docstring)."""
    notification: Notification = row.Notification
    thread_live = notification.thread_id is not None and row.thread_deleted is False
    actor = None
    if notification.actor_id is not None and row.actor_username and row.actor_deleted_at is None:
        actor = UserRef(
            id=notification.actor_id,
            username=row.actor_username,
            display_name=row.actor_display_name,
            role=row.actor_role,
        )
    return NotificationRead(
        id=notification.id,
        kind=notification.kind,
        created_at=notification.created_at,
        read_at=notification.read_at,
        thread=(
            NotificationThread(id=notification.thread_id, title=row.thread_title)
            if thread_live and notification.thread_id is not None
            else None
        ),
        post=(
            NotificationPost(id=notification.post_id, number=row.post_number)
            if thread_live and notification.post_id is not None and row.post_number is not None
            else None
        ),
        actor=actor,
        anonymous_label=notification.anonymous_label,
        action=notification.action,
        reason=notification.reason,
        meetup_id=notification.meetup_id,
    )


async def _presented(
    session: AsyncSession, statement: Select[*tuple[Any, ...]]
) -> list[NotificationRead]:
    return [present(row) for row in await session.execute(statement)]


async def notifications_by_ids(
    session: AsyncSession, ids: Sequence[int]
) -> list[tuple[int, NotificationRead]]:
    """(member id, rendered notification) for each of `ids` that still exists, by id: what
    the live stream sends each member, exactly as GET /notifications shows it. One
    statement whatever the number of ids."""
    if not ids:
        return []
    rows = await session.execute(
        _ROWS.where(Notification.id.in_(list(ids))).order_by(Notification.id)
    )
    return [(row.Notification.user_id, present(row)) for row in rows]


async def all_notifications(session: AsyncSession, member: User) -> list[NotificationRead]:
    """Every notification of the member, oldest first (their export)."""
    statement = _ROWS.where(Notification.user_id == member.id).order_by(Notification.id)
    return await _presented(session, statement)


@dataclass(frozen=True)
class NotificationPage:
    items: list[NotificationRead]
    next_cursor: str | None


async def list_notifications(
    session: AsyncSession, member: User, *, unread: bool, limit: int, cursor: str | None
) -> NotificationPage:
    """The member's notifications, newest first, keyset on the id (ix_notifications_user, or
    ix_notifications_unread for the unread ones)."""
    statement = _ROWS.where(Notification.user_id == member.id)
    if unread:
        statement = statement.where(Notification.read_at.is_(None))
    if cursor is not None:
        (before,) = decode_cursor(cursor, (int,))
        statement = statement.where(Notification.id < before)
    items = await _presented(session, statement.order_by(Notification.id.desc()).limit(limit + 1))
    page, next_cursor = keyset_page(items, limit, lambda item: (item.id,))
    return NotificationPage(page, next_cursor)


async def unread_count(session: AsyncSession, member: User) -> int:
    """Exact, from the partial index of unread notifications (an index-only count)."""
    count = await session.scalar(
        select(func.count())
        .select_from(Notification)
        .where(Notification.user_id == member.id, Notification.read_at.is_(None))
    )
    return int(count or 0)


async def mark_read(
    session: AsyncSession, member: User, ids: list[int] | None, everything: bool
) -> None:
    """Marks the member's own unread notifications read: those of `ids` (others' ids and
    unknown ids are ignored, so a client learns nothing of them) or, with `everything`, all.
    Conditional on `read_at IS NULL`, so marking again keeps the first time."""
    condition: ColumnElement[bool] = true() if everything else Notification.id.in_(ids or [])
    if not everything and not ids:
        condition = false()
    await session.execute(
        update(Notification)
        .where(Notification.user_id == member.id, Notification.read_at.is_(None), condition)
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
