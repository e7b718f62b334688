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
from app.notifications.schemas import (
    MarkRead,
    MarkReadIds,
    NotificationPage,
    UnreadCount,
)

router = APIRouter(tags=["notifications"])


@router.get("/notifications", response_model=NotificationPage, summary="List your notifications")
async def list_notifications(
    session: SessionDep,
    member: CurrentUser,
    page: PageParams,
    unread: Annotated[
        bool,
        Query(
            description="`true`: only the notifications you have not marked read.", examples=[True]
        ),
    ] = False,
) -> NotificationPage:
    """Your notifications, newest first, a page at a time (`read` scope; allowed while
    suspended). Listing marks nothing read: use `POST /notifications/read`. A notification
    of an anonymous post has a null `actor` and the author's pseudonym in `anonymous_label`;
    moderation ones never name the moderator. New ones also arrive live on
    `GET /events?notifications=true` as `notification.created`."""
    result = await service.list_notifications(
        session, member, unread=unread, limit=page.limit, cursor=page.cursor
    )
    return NotificationPage(items=result.items, next_cursor=result.next_cursor)


@router.get(
    "/notifications/unread-count",
    response_model=UnreadCount,
    summary="Count your unread notifications",
)
async def count_unread_notifications(session: SessionDep, member: CurrentUser) -> UnreadCount:
    """How many of your notifications are unread, exactly (`read` scope; allowed while
    suspended): the number for a badge. Cheap enough to ask on each page view; a client
    following `GET /events?notifications=true` can ask again when a `notification.created`
    arrives."""
    return UnreadCount(count=await service.unread_count(session, member))


@router.post(
    "/notifications/read",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={204: {"description": "Marked read (or already read): nothing to answer."}},
    summary="Mark notifications read",
)
async def mark_notifications_read(
    data: MarkRead, session: SessionDep, member: OwnStateWriter
) -> None:
    """Marks some of your notifications read, `{"ids": [...]}` (at most 100), or all of
    them, `{"all": true}`: one or the other, never both (`write` scope; allowed while
    suspended or unverified, as it changes only your own state). Ids that are not yours or
    do not exist are ignored, so the answer tells nothing of them. Idempotent: a
    notification already read keeps its first `read_at`. Nobody else sees it."""
    ids = data.ids if isinstance(data, MarkReadIds) else None
    await service.mark_read(session, member, ids, ids is None)
