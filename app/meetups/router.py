"""GET/POST /meetups, GET/PATCH /meetups/{id}, POST /meetups/{id}/cancel and
POST /meetups/{id}/flags.

`{meetup_id:int}` matches digits only, so `/meetups/12.ics` goes on to the calendar's routes
(registered after these)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.accounts.policy import exempt_from_posting_limits
from app.db import SessionDep
from app.deps import OPTIONAL_AUTH, CurrentWriter, PageParams, ResourceId, Viewer
from app.http import API_PREFIX
from app.idempotency import IdempotencyDep
from app.meetups import service
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.presenting import present_meetup, present_meetups
from app.meetups.schemas import GroupSlug, MeetupCreate, MeetupRead, MeetupTime
from app.pagination import Page
from app.ratelimit import limit
from app.validation import SafeStr

router = APIRouter(tags=["meetups"])

MEETUP_PATH = "/meetups/{meetup_id:int}"


@router.get("/meetups", response_model=Page[MeetupRead], openapi_extra=OPTIONAL_AUTH)
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
        MeetupTime | None,
        Query(alias="from", description="Starting at or after this time (default: now)."),
    ] = None,
    starts_before: Annotated[
        MeetupTime | None, Query(alias="to", description="Starting before this time.")
    ] = None,
) -> Page[MeetupRead]:
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
    items = await present_meetups(session, viewer, result.meetups)
    return Page[MeetupRead](items=items, next_cursor=result.next_cursor)


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


@router.get(MEETUP_PATH, response_model=MeetupRead, openapi_extra=OPTIONAL_AUTH)
async def get_meetup(meetup_id: ResourceId, session: SessionDep, viewer: Viewer) -> MeetupRead:
    """A meet-up, cancelled ones too (`is_cancelled`). Visitors see its area and times; the
    venue is for signed-in members."""
    meetup = await service.get_meetup(session, viewer, meetup_id)
    return await present_meetup(session, viewer, meetup)
