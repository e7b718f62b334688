"""The audit log's single writer: every moderator action and every automatic one is
recorded here, in the transaction of the action itself."""

from __future__ import annotations

import enum

from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts.models import User
from app.db import utcnow
from app.moderation.models import AuditEntry


class Action(enum.StrEnum):
    post_hide = "post.hide"
    post_unhide = "post.unhide"
    post_auto_hide = "post.auto_hide"
    post_edit = "post.edit"
    post_delete = "post.delete"
    post_resolve = "post.resolve"
    flag_upheld = "flag.upheld"
    flag_dismissed = "flag.dismissed"
    queue_claim = "queue.claim"
    queue_release = "queue.release"
    thread_rename = "thread.rename"
    thread_lock = "thread.lock"
    thread_unlock = "thread.unlock"
    thread_pin = "thread.pin"
    thread_unpin = "thread.unpin"
    thread_move = "thread.move"
    thread_delete = "thread.delete"
    user_suspend = "user.suspend"
    user_unsuspend = "user.unsuspend"
    user_suspension_expired = "user.suspension_expired"
    user_warn = "user.warn"
    user_note = "user.note"
    user_role = "user.role"
    category_create = "category.create"
    category_update = "category.update"


class Target(enum.StrEnum):
    post = "post"
    flag = "flag"
    thread = "thread"
    user = "user"
    category = "category"


async def record(
    session: AsyncSession,
    actor: User | None,
    action: Action,
    target_type: Target,
    target_id: int,
    note: str | None = None,
) -> None:
    """Appends one entry; `actor=None` marks an automatic action."""
    session.add(
        AuditEntry(
            actor_id=actor.id if actor is not None else None,
            action=action.value,
            target_type=target_type.value,
            target_id=target_id,
            note=note[:1000] if note else None,
            created_at=utcnow(),
        )
    )
