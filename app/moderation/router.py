"""HTTP layer of moderation: parse, call the service, shape the response."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from app.accounts.schemas import UserRead, UserRef
from app.db import SessionDep
from app.deps import (
    AppSettings,
    CurrentModerator,
    CurrentUser,
    CurrentWriter,
    PageParams,
    ResourceId,
    UsernamePath,
)
from app.forum.schemas import PostRead
from app.http import API_PREFIX
from app.idempotency import IdempotencyDep
from app.moderation import service
from app.moderation.models import ModeratorNote, Warning
from app.moderation.schemas import (
    AuditEntryRead,
    FlagCreate,
    FlagRead,
    HideRequest,
    NoteCreate,
    NoteRead,
    QueueCount,
    QueueItemRead,
    QueueThread,
    ResolveRequest,
    SuspensionRead,
    SuspensionRequest,
    WarningCreate,
    WarningRead,
)
from app.pagination import Page
from app.ratelimit import limit
from app.validation import SafeStr

router = APIRouter()


async def _auto_hide_rule(settings: AppSettings) -> service.AutoHideRule:
    return service.AutoHideRule.from_settings(settings)


AutoHide = Annotated[service.AutoHideRule, Depends(_auto_hide_rule)]


# Flags and the queue


@router.post(
    "/posts/{post_id}/flags",
    status_code=status.HTTP_201_CREATED,
    response_model=FlagRead,
    tags=["moderation"],
)
async def flag_post(
    request: Request,
    post_id: ResourceId,
    data: FlagCreate,
    session: SessionDep,
    user: CurrentWriter,
    rule: AutoHide,
    idempotency: IdempotencyDep,
) -> Response:
    """Report a post to the moderators. `safety` means someone may be at risk."""
    await limit(request, "flag", f"user:{user.id}")
    flag = await service.flag_post(session, user, post_id, data, rule)
    return await idempotency.respond(
        session, FlagRead.of(flag), location=f"{API_PREFIX}/posts/{post_id}/flags/{flag.id}"
    )


@router.get("/posts/{post_id}/flags/{flag_id}", response_model=FlagRead, tags=["moderation"])
async def get_flag(
    post_id: ResourceId, flag_id: ResourceId, session: SessionDep, user: CurrentUser
) -> FlagRead:
    """A report and its status (`open`, `upheld`, `dismissed`): for the member who made it,
    and for moderators. The `Location` of a new report points here."""
    return FlagRead.of(await service.get_flag(session, user, post_id, flag_id))


@router.get("/moderation/queue", response_model=Page[QueueItemRead], tags=["moderation"])
async def read_queue(
    session: SessionDep, moderator: CurrentModerator, page: PageParams
) -> Page[QueueItemRead]:
    result = await service.list_queue(session, moderator, page.limit, page.cursor)
    return Page[QueueItemRead](
        items=[
            QueueItemRead(
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
        ],
        next_cursor=result.next_cursor,
    )


# An extension of the contract (API-members.md lists no such route): the navigation's badge
# needs only how many posts wait, not a page of them with their reports.
@router.get("/moderation/queue/count", response_model=QueueCount, tags=["moderation"])
async def count_queue(session: SessionDep, moderator: CurrentModerator) -> QueueCount:
    """How many posts wait for a moderator (the items of the queue), for a badge."""
    return QueueCount(open=await service.count_queue(session, moderator))


@router.put(
    "/moderation/posts/{post_id}/claim",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["moderation"],
)
async def claim(post_id: ResourceId, session: SessionDep, moderator: CurrentModerator) -> None:
    await service.claim(session, moderator, post_id)


@router.delete(
    "/moderation/posts/{post_id}/claim",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["moderation"],
)
async def release(post_id: ResourceId, session: SessionDep, moderator: CurrentModerator) -> None:
    await service.release(session, moderator, post_id)


@router.post("/moderation/posts/{post_id}/resolve", response_model=PostRead, tags=["moderation"])
async def resolve(
    post_id: ResourceId, data: ResolveRequest, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    view = await service.resolve(session, moderator, post_id, data.action, data.note)
    return PostRead.present(view, moderator)


@router.post("/posts/{post_id}/hide", response_model=PostRead, tags=["moderation"])
async def hide_post(
    post_id: ResourceId, data: HideRequest, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    view = await service.hide_post(session, moderator, post_id, data.reason)
    return PostRead.present(view, moderator)


@router.post("/posts/{post_id}/unhide", response_model=PostRead, tags=["moderation"])
async def unhide_post(
    post_id: ResourceId, session: SessionDep, moderator: CurrentModerator
) -> PostRead:
    return PostRead.present(await service.unhide_post(session, moderator, post_id), moderator)


# Members


@router.put("/users/{username}/suspension", response_model=UserRead, tags=["moderation"])
async def suspend(
    username: UsernamePath,
    data: SuspensionRequest,
    session: SessionDep,
    moderator: CurrentModerator,
) -> UserRead:
    user = await service.suspend(session, moderator, username, data.until, data.reason)
    return UserRead.model_validate(user)


@router.get("/users/{username}/suspension", response_model=SuspensionRead, tags=["moderation"])
async def read_suspension(
    username: UsernamePath, session: SessionDep, moderator: CurrentModerator
) -> SuspensionRead:
    """The member's current suspension (moderators only); 404 when they are not suspended."""
    user = await service.suspension_of(session, moderator, username)
    assert user.suspended_until is not None
    return SuspensionRead(until=user.suspended_until, reason=user.suspension_reason)


@router.delete(
    "/users/{username}/suspension", status_code=status.HTTP_204_NO_CONTENT, tags=["moderation"]
)
async def unsuspend(
    username: UsernamePath, session: SessionDep, moderator: CurrentModerator
) -> None:
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
    tags=["moderation"],
)
async def warn(
    username: UsernamePath,
    data: WarningCreate,
    session: SessionDep,
    moderator: CurrentModerator,
    idempotency: IdempotencyDep,
) -> Response:
    warning = await service.warn(session, moderator, username, data.reason)
    return await idempotency.respond(
        session, _warning_read(warning), location=f"{API_PREFIX}/users/{username}/warnings"
    )


@router.get("/users/{username}/warnings", response_model=list[WarningRead], tags=["moderation"])
async def list_warnings(
    username: UsernamePath, session: SessionDep, moderator: CurrentModerator
) -> list[WarningRead]:
    warnings = await service.warnings_for_username(session, moderator, username)
    return [_warning_read(warning) for warning in warnings]


@router.get("/me/warnings", response_model=list[WarningRead], tags=["moderation"])
async def my_warnings(session: SessionDep, user: CurrentUser) -> list[WarningRead]:
    return [_warning_read(w) for w in await service.warnings_of(session, user.id)]


def _note_read(note: ModeratorNote) -> NoteRead:
    return NoteRead(
        id=note.id,
        body=note.body,
        author=UserRef.model_validate(note.author),
        created_at=note.created_at,
    )


@router.get("/users/{username}/notes", response_model=list[NoteRead], tags=["moderation"])
async def list_notes(
    username: UsernamePath, session: SessionDep, moderator: CurrentModerator
) -> list[NoteRead]:
    notes = await service.notes_for_username(session, moderator, username)
    return [_note_read(note) for note in notes]


@router.post(
    "/users/{username}/notes",
    status_code=status.HTTP_201_CREATED,
    response_model=NoteRead,
    tags=["moderation"],
)
async def add_note(
    username: UsernamePath,
    data: NoteCreate,
    session: SessionDep,
    moderator: CurrentModerator,
    idempotency: IdempotencyDep,
) -> Response:
    note = await service.add_note(session, moderator, username, data.body)
    return await idempotency.respond(
        session, _note_read(note), location=f"{API_PREFIX}/users/{username}/notes"
    )


# The audit log


@router.get("/moderation/log", response_model=Page[AuditEntryRead], tags=["moderation"])
async def read_log(
    session: SessionDep,
    moderator: CurrentModerator,
    page: PageParams,
    actor: Annotated[SafeStr | None, Query(max_length=64)] = None,
    action: Annotated[SafeStr | None, Query(max_length=40)] = None,
    target_type: Annotated[SafeStr | None, Query(max_length=20)] = None,
) -> Page[AuditEntryRead]:
    result = await service.read_log(
        session,
        moderator,
        actor=actor,
        action=action,
        target_type=target_type,
        limit=page.limit,
        cursor=page.cursor,
    )
    return Page[AuditEntryRead](
        items=[
            AuditEntryRead.of(entry, result.labels[entry.target_type, entry.target_id])
            for entry in result.entries
        ],
        next_cursor=result.next_cursor,
    )
