"""HTTP layer of moderation: parse, call the service, shape the response."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from pydantic import AfterValidator

from app.accounts.schemas import UserRef
from app.db import MAX_ID, SessionDep
from app.deps import (
    AppSettings,
    CurrentModerator,
    CurrentUser,
    CurrentWriter,
    PageParams,
)
from app.errors import Forbidden, NotFound, raises
from app.events.audit import AuditAction, AuditTarget
from app.forum.schemas import PostRead
from app.forum.service import PostDeleted
from app.http import API_PREFIX, NOT_MODIFIED, json_with_etag
from app.idempotency import IdempotencyDep
from app.moderation import service
from app.moderation.models import ModeratorNote, Warning
from app.moderation.schemas import (
    AuditEntryPage,
    AuditEntryRead,
    FlagCreate,
    FlagRead,
    HideRequest,
    MemberSuspension,
    NoteCreate,
    NoteRead,
    QueueCount,
    QueueItemPage,
    QueueItemRead,
    QueueThread,
    ResolveRequest,
    SuspendedMember,
    SuspensionRequest,
    WarningCreate,
    WarningRead,
)
from app.ratelimit import limit
from app.validation import QueryDateTime, SafeStr, reject_nul

router = APIRouter(tags=["moderation"])

PostId = Annotated[
    int, Path(ge=1, le=MAX_ID, description="The post's id (a queue item's `id`).", examples=[1234])
]
FlagId = Annotated[int, Path(ge=1, le=MAX_ID, description="The report's id.", examples=[7])]
MemberName = Annotated[
    str,
    Path(max_length=64, description="The member's username.", examples=["tomasz"]),
    AfterValidator(reject_nul),
]


def _with_offset(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("needs a UTC offset, e.g. 2026-05-01T00:00:00Z")
    return value


async def _auto_hide_rule(settings: AppSettings) -> service.AutoHideRule:
    return service.AutoHideRule.from_settings(settings)


AutoHide = Annotated[service.AutoHideRule, Depends(_auto_hide_rule)]


# Flags and the queue


@router.post(
    "/posts/{post_id}/flags",
    status_code=status.HTTP_201_CREATED,
    response_model=FlagRead,
    summary="Report a post",
)
@raises(NotFound, Forbidden, PostDeleted, service.AlreadyFlagged)
async def flag_post(
    request: Request,
    post_id: PostId,
    data: FlagCreate,
    session: SessionDep,
    user: CurrentWriter,
    rule: AutoHide,
    idempotency: IdempotencyDep,
) -> Response:
    """Reports a post to the moderators (`write` scope; not your own post, 403; one open
    report per member and post, 409 `already-flagged`). `safety` means someone may be at
    risk and puts the post first in the review queue. The post joins the queue (a
    `flag.created` webhook event); when enough members have reported it, it is hidden
    pending review and its `hidden_reason` says so. Who reported a post is never shown to
    other members. Send an `Idempotency-Key` to retry safely."""
    await limit(request, "flag", f"user:{user.id}")
    flag = await service.flag_post(session, user, post_id, data, rule)
    return await idempotency.respond(
        session, FlagRead.of(flag), location=f"{API_PREFIX}/posts/{post_id}/flags/{flag.id}"
    )


@router.get("/posts/{post_id}/flags/{flag_id}", response_model=FlagRead, summary="Get a report")
@raises(NotFound)
async def get_flag(
    post_id: PostId, flag_id: FlagId, session: SessionDep, user: CurrentUser
) -> FlagRead:
    """A report and its status (`open`, `upheld`, `dismissed`), so its reporter can follow
    the outcome. Only the member who made it and moderators see it; for anyone else it does
    not exist (404), so nobody learns who reported whom. The `Location` of a new report
    points here."""
    return FlagRead.of(await service.get_flag(session, user, post_id, flag_id))


@router.get(
    "/moderation/queue",
    response_model=QueueItemPage,
    responses=NOT_MODIFIED,
    summary="List the review queue",
)
async def list_queue(
    request: Request, session: SessionDep, moderator: CurrentModerator, page: PageParams
) -> Response:
    """The posts with open reports, each with its reports, its thread and who has claimed
    it (moderators; the `moderate` scope alone suffices). Posts with a `safety` report come
    first, then the longest waiting. Each item's `id` is its post's id, stable while it
    waits. Posts are shown as moderators see them (hidden bodies, anonymous authors).
    Conditional: send the `ETag` back in `If-None-Match` to poll cheaply (304 while the
    page is unchanged)."""
    result = await service.list_queue(session, moderator, page.limit, page.cursor)
    items = [
        QueueItemRead(
            id=entry.item.post_id,
            post=PostRead.present(entry.view, moderator),
            thread=QueueThread(id=entry.view.post.thread_id, title=entry.thread_title),
            flags=[FlagRead.of(flag) for flag in entry.flags],
            flag_count=entry.item.open_flags,
            first_flagged_at=entry.item.first_flagged_at,
            claimed_by=(
                UserRef.model_validate(entry.item.claimed_by)
                if entry.item.claimed_by is not None
                else None
            ),
        )
        for entry in result.entries
    ]
    return json_with_etag(request, QueueItemPage(items=items, next_cursor=result.next_cursor))


# An extension of the contract (API-members.md lists no such route): the navigation's badge
# needs only how many posts wait, not a page of them with their reports.
@router.get("/moderation/queue/count", response_model=QueueCount, summary="Count the review queue")
async def get_queue_count(session: SessionDep, moderator: CurrentModerator) -> QueueCount:
    """How many posts wait in the review queue (moderators; `moderate` scope), for a badge:
    the number of items `listQueue` would page through."""
    return QueueCount(open=await service.count_queue(session, moderator))


@router.put(
    "/moderation/posts/{post_id}/claim",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Claim a queue item",
)
@raises(NotFound, service.ClaimedByAnother)
async def claim_queue_item(
    post_id: PostId, session: SessionDep, moderator: CurrentModerator
) -> None:
    """Marks the queue item as yours while you review it (moderators; `moderate` scope), so
    other moderators see `claimed_by` and cannot resolve it. Claiming your own claim again
    changes nothing (204); an item another moderator holds is 409 `claimed`, naming them;
    a post not in the queue is 404. Logged as `queue.claim`."""
    await service.claim(session, moderator, post_id)


@router.delete(
    "/moderation/posts/{post_id}/claim",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Release a queue item",
)
@raises(NotFound, service.ClaimedByAnother)
async def release_queue_item(
    post_id: PostId, session: SessionDep, moderator: CurrentModerator
) -> None:
    """Gives the item back to the queue for any moderator (`moderate` scope). Only the
    moderator who holds it can release it (409 `claimed` otherwise); releasing an item
    nobody holds changes nothing (204). Logged as `queue.release`."""
    await service.release(session, moderator, post_id)


@router.post(
    "/moderation/posts/{post_id}/resolve", response_model=PostRead, summary="Resolve a queue item"
)
@raises(NotFound, service.NothingToResolve, service.ClaimedByAnother)
async def resolve_queue_item(
    post_id: PostId, data: ResolveRequest, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    """Closes every open report on the post with a verdict (moderators; `moderate` scope):
    `dismiss` keeps the post (showing it again if reports hid it), `hide` hides it, `delete`
    deletes it. The post leaves the queue; the reporters learn the outcome from their
    reports' `status`, and a `flag.resolved` webhook event is sent. A post with no open
    reports (already resolved by someone else) is 409 `nothing-to-resolve`; one another
    moderator has claimed is 409 `claimed`. Answers the post as moderators see it. Logged
    as `post.resolve`, with a `flag.upheld`/`flag.dismissed` entry per report."""
    view = await service.resolve(session, moderator, post_id, data.action, data.note)
    return PostRead.present(view, moderator)


@router.post("/posts/{post_id}/hide", response_model=PostRead, summary="Hide a post")
@raises(NotFound)
async def hide_post(
    post_id: PostId, data: HideRequest, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    """Hides a post from readers, with a reason they see as its `hidden_reason`
    (moderators; `moderate` scope); its body stays for moderators. Hiding it again with the
    same reason changes nothing. Sends a `post.hidden` event (live readers and webhooks)
    and is logged as `post.hide`. Answers the post as moderators see it."""
    view = await service.hide_post(session, moderator, post_id, data.reason)
    return PostRead.present(view, moderator)


@router.post("/posts/{post_id}/unhide", response_model=PostRead, summary="Show a hidden post")
@raises(NotFound)
async def unhide_post(
    post_id: PostId, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    """Shows a hidden post to readers again, whoever hid it (moderators; `moderate` scope);
    a post that is not hidden is answered unchanged. Sends a `post.unhidden` event and is
    logged as `post.unhide`. Its open reports, if any, stay in the queue."""
    return PostRead.present(await service.unhide_post(session, moderator, post_id), moderator)


# Members


@router.put(
    "/users/{username}/suspension", response_model=SuspendedMember, summary="Suspend a member"
)
@raises(NotFound, service.OutOfRank)
async def suspend_member(
    username: MemberName,
    data: SuspensionRequest,
    session: SessionDep,
    moderator: CurrentModerator,
) -> SuspendedMember:
    """Suspends a member until a future time, or replaces their suspension (moderators,
    `moderate` scope; administrators also suspend moderators; nobody themselves: 403
    `out-of-rank`). While suspended they read but every write answers 403 `suspended`.
    Answers the member's profile (the `User` this route has always answered, so existing
    clients keep working) with the suspension added as `suspension: {until, reason}`.
    Sends a `user.suspended` event; logged as `user.suspend`."""
    user = await service.suspend(session, moderator, username, data.until, data.reason)
    return SuspendedMember.of(user)


@router.get(
    "/users/{username}/suspension", response_model=MemberSuspension, summary="Get a suspension"
)
@raises(NotFound)
async def get_member_suspension(
    username: MemberName, session: SessionDep, moderator: CurrentModerator
) -> MemberSuspension:
    """The member's current suspension (moderators; `moderate` scope): until when and why.
    404 when there is no such member or they are not suspended now (an ended suspension
    is not shown)."""
    return MemberSuspension.of(await service.suspension_of(session, moderator, username))


@router.delete(
    "/users/{username}/suspension",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Lift a suspension",
)
@raises(NotFound, service.OutOfRank)
async def unsuspend_member(
    username: MemberName, session: SessionDep, moderator: CurrentModerator
) -> None:
    """Ends the member's suspension now (moderators on members, administrators on
    moderators too; `moderate` scope). A member who is not suspended is answered 204 and
    nothing is logged; otherwise sends a `user.unsuspended` event and logs
    `user.unsuspend`."""
    await service.unsuspend(session, moderator, username)


def _warning_read(warning: Warning) -> WarningRead:
    return WarningRead(
        id=warning.id,
        reason=warning.reason,
        created_at=warning.created_at,
        moderator=UserRef.model_validate(warning.moderator),
    )


@router.post(
    "/users/{username}/warnings",
    status_code=status.HTTP_201_CREATED,
    response_model=WarningRead,
    summary="Warn a member",
)
@raises(NotFound, service.OutOfRank)
async def warn_member(
    username: MemberName,
    data: WarningCreate,
    session: SessionDep,
    moderator: CurrentModerator,
    idempotency: IdempotencyDep,
) -> Response:
    """Gives a member a written warning, which they read at `GET /me/warnings`
    (moderators on members, administrators on moderators too; `moderate` scope). It
    changes nothing else: a warning is a record, not a restriction. Logged as `user.warn`
    with the reason. Send an `Idempotency-Key` to retry safely."""
    warning = await service.warn(session, moderator, username, data.reason)
    return await idempotency.respond(
        session, _warning_read(warning), location=f"{API_PREFIX}/users/{username}/warnings"
    )


@router.get(
    "/users/{username}/warnings",
    response_model=list[WarningRead],
    summary="List a member's warnings",
)
@raises(NotFound)
async def list_warnings(
    username: MemberName, session: SessionDep, moderator: CurrentModerator
) -> list[WarningRead]:
    """Every warning the member has been given, newest first (moderators; `moderate`
    scope). Not paged: warnings are few."""
    warnings = await service.warnings_for_username(session, moderator, username)
    return [_warning_read(warning) for warning in warnings]


@router.get("/me/warnings", response_model=list[WarningRead], summary="List my warnings")
async def list_my_warnings(session: SessionDep, user: CurrentUser) -> list[WarningRead]:
    """The warnings moderators have given you, newest first, with who gave each (`read`
    scope). Moderators' private notes about you are never shown."""
    return [_warning_read(w) for w in await service.warnings_of(session, user.id)]


def _note_read(note: ModeratorNote) -> NoteRead:
    return NoteRead(
        id=note.id,
        body=note.body,
        author=UserRef.model_validate(note.author),
        created_at=note.created_at,
    )


@router.get(
    "/users/{username}/notes", response_model=list[NoteRead], summary="List notes on a member"
)
@raises(NotFound)
async def list_notes(
    username: MemberName, session: SessionDep, moderator: CurrentModerator
) -> list[NoteRead]:
    """The notes moderators keep about a member, newest first (moderators; `moderate`
    scope). The member never sees them, not even in their data export. Not paged."""
    notes = await service.notes_for_username(session, moderator, username)
    return [_note_read(note) for note in notes]


@router.post(
    "/users/{username}/notes",
    status_code=status.HTTP_201_CREATED,
    response_model=NoteRead,
    summary="Add a note on a member",
)
@raises(NotFound)
async def add_note(
    username: MemberName,
    data: NoteCreate,
    session: SessionDep,
    moderator: CurrentModerator,
    idempotency: IdempotencyDep,
) -> Response:
    """Adds a note about a member for other moderators (moderators; `moderate` scope; any
    member, moderators included). The member never sees it. Logged as `user.note`, without
    its text. Send an `Idempotency-Key` to retry safely."""
    note = await service.add_note(session, moderator, username, data.body)
    return await idempotency.respond(
        session, _note_read(note), location=f"{API_PREFIX}/users/{username}/notes"
    )


# The audit log


@router.get(
    "/moderation/log",
    response_model=AuditEntryPage,
    responses=NOT_MODIFIED,
    summary="List the moderation log",
)
async def list_audit_log(
    request: Request,
    session: SessionDep,
    moderator: CurrentModerator,
    page: PageParams,
    actor: Annotated[
        SafeStr | None,
        Query(
            max_length=64,
            description="Only entries by this member (a username); an unknown one gives an "
            "empty page.",
            examples=["mod_ana"],
        ),
    ] = None,
    action: Annotated[
        AuditAction | None,
        Query(description="Only entries of this action.", examples=["post.hide"]),
    ] = None,
    target_type: Annotated[
        AuditTarget | None,
        Query(description="Only entries whose target is of this kind.", examples=["user"]),
    ] = None,
    since: Annotated[
        QueryDateTime | None,
        Query(
            description="Only entries written at or after this time (ISO 8601 with a UTC "
            "offset, years 1970 to 9998). A bot polling the log passes the `created_at` "
            "of the newest entry it has seen.",
            examples=["2026-05-01T00:00:00Z"],
        ),
        AfterValidator(_with_offset),
    ] = None,
) -> Response:
    """Every moderation and administration action, newest first (moderators; the `moderate`
    scope alone suffices): hides, reviews, claims, suspensions, warnings, notes (not their
    text), thread changes, role changes, webhooks. Automatic actions have `actor: null`.
    Entries are append-only. Filters combine (all must match) and keep paging exact.
    Conditional: send the `ETag` back in `If-None-Match` (304 while the page is
    unchanged)."""
    result = await service.read_log(
        session,
        moderator,
        actor=actor,
        action=action,
        target_type=target_type,
        since=since,
        limit=page.limit,
        cursor=page.cursor,
    )
    entries = [
        AuditEntryRead.of(entry, result.labels[entry.target_type, entry.target_id])
        for entry in result.entries
    ]
    return json_with_etag(request, AuditEntryPage(items=entries, next_cursor=result.next_cursor))
