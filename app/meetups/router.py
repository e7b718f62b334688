"""GET/POST /meetups, GET/PATCH /meetups/{id}, POST /meetups/{id}/cancel and
POST /meetups/{id}/flags.

`{meetup_id:int}` matches digits only, so `/meetups/12.ics` goes on to the calendar's routes
(registered after these)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from pydantic import BeforeValidator

from app.accounts.policy import exempt_from_posting_limits
from app.db import SessionDep
from app.deps import AppSettings, CurrentWriter, PageParams, ResourceId, Viewer
from app.http import API_PREFIX, JSON
from app.idempotency import IdempotencyDep
from app.meetups import service
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.presenting import page_items, present_meetup
from app.meetups.schemas import (
    GroupSlug,
    MeetupCancel,
    MeetupCreate,
    MeetupRead,
    MeetupTime,
    MeetupUpdate,
)
from app.moderation.schemas import FlagCreate, FlagRead
from app.moderation.service import AutoHideRule
from app.pagination import Page, page_json
from app.ratelimit import limit
from app.validation import SafeStr

router = APIRouter(tags=["meetups"])

_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]")


def _written_as_date_time(value: object) -> object:
    """A time in a query is written as a date-time (a number is not read as Unix time)."""
    if isinstance(value, str) and not _ISO_DATE_TIME.match(value):
        raise ValueError("must be a date-time with its UTC offset, e.g. 2026-12-03T10:00:00Z")
    return value


QueryTime = Annotated[MeetupTime, BeforeValidator(_written_as_date_time)]

MEETUP_PATH = "/meetups/{meetup_id:int}"


@router.get("/meetups", response_model=Page[MeetupRead])
async def list_meetups(
    session: SessionDep,
    viewer: Viewer,
    page: PageParams,
    area: Annotated[
        SafeStr | None,
        Query(
            max_length=MAX_AREA_CHARS,
            description="A prefix of the area (case and spacing folded).",
        ),
    ] = None,
    group: Annotated[GroupSlug | None, Query(description="A group's slug.")] = None,
    starts_from: Annotated[
        QueryTime | None,
        Query(alias="from", description="Starting at or after this time (default: now)."),
    ] = None,
    starts_before: Annotated[
        QueryTime | None, Query(alias="to", description="Starting before this time.")
    ] = None,
) -> Response:
    """Upcoming meet-ups first (by start time): cancelled ones are left out, past ones too
    unless `from` reaches back. Visitors see each one's area and times, not its venue."""
    result = await service.list_meetups(
        session,
        viewer,
        area=area,
        group=group,
        starts_from=starts_from,
        starts_before=starts_before,
        limit=page.limit,
        cursor=page.cursor,
    )
    # Rows presented as plain JSON and written once (the thread list's way: no model per item).
    items = page_items(result.meetups, viewer)
    return Response(page_json(items, result.next_cursor), media_type=JSON)


@router.post("/meetups", status_code=status.HTTP_201_CREATED, response_model=MeetupRead)
async def create_meetup(
    request: Request,
    data: MeetupCreate,
    session: SessionDep,
    user: CurrentWriter,
    idempotency: IdempotencyDep,
) -> Response:
    """Host a meet-up. A meet-up needs a real host: it is never anonymous, and the host's
    name is shown with it. Its discussion thread is made with it (in the group's threads, or
    among the meet-ups' threads), and its venue is shown to signed-in members only. It must
    start in the future (422 otherwise); the host holds no place unless she answers."""
    if not exempt_from_posting_limits(user):
        await limit(request, "thread", f"user:{user.id}")  # it opens a thread
    meetup = await service.create_meetup(session, user, data)
    shown = await present_meetup(session, user, meetup)
    return await idempotency.respond(session, shown, location=f"{API_PREFIX}/meetups/{meetup.id}")


@router.get(MEETUP_PATH, response_model=MeetupRead)
async def get_meetup(meetup_id: ResourceId, session: SessionDep, viewer: Viewer) -> MeetupRead:
    """A meet-up, cancelled ones too (`is_cancelled`). Visitors see its area and times; the
    venue is for signed-in members."""
    meetup = await service.get_meetup(session, viewer, meetup_id)
    return await present_meetup(session, viewer, meetup)


@router.patch(MEETUP_PATH, response_model=MeetupRead)
async def update_meetup(
    meetup_id: ResourceId, data: MeetupUpdate, session: SessionDep, user: CurrentWriter
) -> MeetupRead:
    """Changes a meet-up (its host or a moderator): only the fields given, each to its new
    value; `capacity: null` removes the limit, `ends_at: null` the end. A start in the past
    is refused (422), a capacity below the number going too (409
    `/problems/capacity-below-going`); a raised capacity moves the first on the waitlist to
    going. Its discussion thread follows (title, and the opening post's summary)."""
    meetup = await service.update_meetup(session, user, meetup_id, data)
    return await present_meetup(session, user, meetup)


@router.post(f"{MEETUP_PATH}/cancel", response_model=MeetupRead)
async def cancel_meetup(
    meetup_id: ResourceId,
    session: SessionDep,
    user: CurrentWriter,
    data: MeetupCancel | None = None,
) -> MeetupRead:
    """Cancels a meet-up (its host or a moderator; a moderator's cancel is in the audit log).
    Those who answered are told, with the reason if given. Cancelling it again changes
    nothing. It stays readable by id (`is_cancelled`), off the lists; its discussion stays."""
    reason = data.reason if data is not None else None
    meetup = await service.cancel_meetup(session, user, meetup_id, reason)
    return await present_meetup(session, user, meetup)


@router.post(f"{MEETUP_PATH}/flags", status_code=status.HTTP_201_CREATED, response_model=FlagRead)
async def flag_meetup(
    request: Request,
    meetup_id: ResourceId,
    data: FlagCreate,
    session: SessionDep,
    user: CurrentWriter,
    settings: AppSettings,
    idempotency: IdempotencyDep,
) -> Response:
    """Report a meet-up to the moderators, with the reasons a post is reported for (`safety`
    means someone may be at risk). It joins the same review queue as its discussion's
    opening post, and enough reports hide it as they would hide a post."""
    await limit(request, "flag", f"user:{user.id}")
    rule = AutoHideRule.from_settings(settings)
    flag, post_id = await service.flag_meetup(session, user, meetup_id, data, rule)
    return await idempotency.respond(
        session, FlagRead.of(flag), location=f"{API_PREFIX}/posts/{post_id}/flags/{flag.id}"
    )
