"""GET /notifications, GET /notifications/unread-count, POST /notifications/read: a signed-in
member's own notifications (API-community.md, "Reading state, subscriptions,
notifications"). Reading them needs the `read` scope, marking them read `write`; a
suspended member may still read and mark them (they change nothing anyone else sees)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.db import SessionDep
from app.deps import CurrentUser, OwnStateWriter, PageParams
from app.notifications import service
from app.notifications.schemas import MarkRead, MarkReadIds, NotificationRead, UnreadCount
from app.pagination import Page

router = APIRouter(tags=["notifications"])


@router.get("/notifications", response_model=Page[NotificationRead])
async def list_notifications(
    session: SessionDep,
    member: CurrentUser,
    page: PageParams,
    unread: Annotated[bool, Query(description="Only the unread ones.")] = False,
) -> Page[NotificationRead]:
    """The caller's notifications, newest first. An anonymous post's notifications have a
    null `actor` and its pseudonym in `anonymous_label`; moderation ones a null `actor`."""
    result = await service.list_notifications(
        session, member, unread=unread, limit=page.limit, cursor=page.cursor
    )
    return Page[NotificationRead](items=result.items, next_cursor=result.next_cursor)


@router.get("/notifications/unread-count", response_model=UnreadCount)
async def unread_count(session: SessionDep, member: CurrentUser) -> UnreadCount:
    """How many of the caller's notifications are unread (exact)."""
    return UnreadCount(count=await service.unread_count(session, member))


@router.post("/notifications/read", status_code=status.HTTP_204_NO_CONTENT)
async def mark_read(data: MarkRead, session: SessionDep, member: OwnStateWriter) -> None:
    """Marks `ids` (at most 100; ids that are not the caller's are ignored) or, with `{"all":
    true}`, every notification of the caller's read. Marking again changes nothing."""
    ids = data.ids if isinstance(data, MarkReadIds) else None
    await service.mark_read(session, member, ids, ids is None)
