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
from app.deps import AppSettings, CurrentWriter, PageParams, Viewer
from app.errors import (
    CapacityBelowGoing,
    Forbidden,
    MeetupCancelled,
    NotFound,
    raises,
)
from app.forum.mentions import TooManyMentions
from app.forum.service import PostDeleted
from app.http import API_PREFIX, JSON
from app.idempotency import IdempotencyDep
from app.meetups import service
from app.meetups.areas import MAX_AREA_CHARS
from app.meetups.presenting import page_items, present_meetup
from app.meetups.schemas import (
    GroupSlug,
    MeetupCancel,
    MeetupCreate,
    MeetupId,
    MeetupPage,
    MeetupRead,
    MeetupTime,
    MeetupUpdate,
)
from app.moderation.schemas import FlagCreate, FlagRead
from app.moderation.service import AlreadyFlagged, AutoHideRule
from app.pagination import page_json
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


@router.get("/meetups", response_model=MeetupPage, summary="List meet-ups")
@raises(NotFound)
async def list_meetups(
    session: SessionDep,
    viewer: Viewer,
    page: PageParams,
    area: Annotated[
        SafeStr | None,
        Query(
            max_length=MAX_AREA_CHARS,
            description="Only meet-ups whose area starts with this (case and spacing folded: "
            '"leeds n" finds "Leeds  North").',
            examples=["leeds n"],
        ),
    ] = None,
    group: Annotated[
        GroupSlug | None,
        Query(
            description="Only this local group's meet-ups (its slug); unknown: 404.",
            examples=["leeds-north-mums"],
        ),
    ] = None,
    starts_from: Annotated[
        QueryTime | None,
        Query(
            alias="from",
            description="Starting at or after this time, with its UTC offset (default: now, "
            "so past meet-ups are left out).",
            examples=["2026-12-01T00:00:00Z"],
        ),
    ] = None,
    starts_before: Annotated[
        QueryTime | None,
        Query(
            alias="to",
            description="Starting before this time, with its UTC offset; not before `from`.",
            examples=["2027-01-01T00:00:00Z"],
        ),
    ] = None,
) -> Response:
    """Meet-ups by start time, soonest first, from now on unless `from` reaches back;
    cancelled ones are left out, and so are hidden ones (except for their host and
    moderators). Anyone may call it, without a token (`read` with one). **Guests never see
    a venue**: `venue` is null for them, who see each one's `area` and times."""
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


@router.post(
    "/meetups",
    status_code=status.HTTP_201_CREATED,
    response_model=MeetupRead,
    summary="Host a meet-up",
)
@raises(NotFound, TooManyMentions)
async def create_meetup(
    request: Request,
    data: MeetupCreate,
    session: SessionDep,
    user: CurrentWriter,
    idempotency: IdempotencyDep,
) -> Response:
    """Creates a meet-up hosted by the caller (`write`; not while suspended): a meet-up
    needs a real host, so it is never anonymous and the host is named with it. Its
    discussion thread is made with it (in the group's threads, or among the meet-ups'
    threads), and it counts against the caller's thread allowance (429). Its venue is shown
    to signed-in members only, never in the discussion. It must start in the future (422);
    an unknown `group` is 404. The host holds no place until they answer (`PUT
    /meetups/{id}/rsvp`). Emits `meetup.created`; send an `Idempotency-Key` to retry
    safely."""
    if not exempt_from_posting_limits(user):
        await limit(request, "thread", f"user:{user.id}")  # it opens a thread
    meetup = await service.create_meetup(session, user, data)
    shown = await present_meetup(session, user, meetup)
    return await idempotency.respond(session, shown, location=f"{API_PREFIX}/meetups/{meetup.id}")


@router.get(MEETUP_PATH, response_model=MeetupRead, summary="Get a meet-up")
@raises(NotFound)
async def get_meetup(meetup_id: MeetupId, session: SessionDep, viewer: Viewer) -> MeetupRead:
    """One meet-up, cancelled ones too (`is_cancelled`), with the caller's own answer
    (`my_rsvp`). Anyone may call it, without a token (`read` with one). **Guests never see
    the venue** (`venue` is null: they see the area and times). A meet-up hidden by reports
    or a moderator is 404 to all but its host and moderators."""
    meetup = await service.get_meetup(session, viewer, meetup_id)
    return await present_meetup(session, viewer, meetup)


@router.patch(MEETUP_PATH, response_model=MeetupRead, summary="Change a meet-up")
@raises(NotFound, Forbidden, MeetupCancelled, CapacityBelowGoing, TooManyMentions)
async def update_meetup(
    meetup_id: MeetupId, data: MeetupUpdate, session: SessionDep, user: CurrentWriter
) -> MeetupRead:
    """Changes a meet-up: its host or a moderator (`write`; others 403). Only the fields
    given change, each to its new value; `capacity: null` removes the limit, `ends_at: null`
    the end. A start in the past is refused (422), a capacity below `going_count` too (409
    `capacity-below-going`), and a cancelled meet-up cannot change (409). A raised capacity
    moves the first on the waitlist to a place. Its discussion thread follows (title, and
    the opening post's summary, never the venue). Those who answered are notified of a new
    time, place, kind or title; emits `meetup.updated`, and a moderator's edit is in the
    moderation log. Sending it as it is changes nothing."""
    meetup = await service.update_meetup(session, user, meetup_id, data)
    return await present_meetup(session, user, meetup)


@router.post(f"{MEETUP_PATH}/cancel", response_model=MeetupRead, summary="Cancel a meet-up")
@raises(NotFound, Forbidden)
async def cancel_meetup(
    meetup_id: MeetupId,
    session: SessionDep,
    user: CurrentWriter,
    data: MeetupCancel | None = None,
) -> MeetupRead:
    """Cancels a meet-up: its host or a moderator (`write`; others 403); a moderator's
    cancel is in the moderation log. Everyone who answered is notified, with the reason if
    given, and `meetup.cancelled` is emitted. Cancelling it again changes nothing and
    answers it as it is. It stays readable by id (`is_cancelled`) but leaves the lists;
    calendar feeds mark it cancelled; its discussion thread stays open."""
    reason = data.reason if data is not None else None
    meetup = await service.cancel_meetup(session, user, meetup_id, reason)
    return await present_meetup(session, user, meetup)


@router.post(
    f"{MEETUP_PATH}/flags",
    status_code=status.HTTP_201_CREATED,
    response_model=FlagRead,
    summary="Report a meet-up",
)
# PostDeleted: reports go on the discussion's opening post, which its author may delete.
@raises(NotFound, Forbidden, PostDeleted, AlreadyFlagged)
async def flag_meetup(
    request: Request,
    meetup_id: MeetupId,
    data: FlagCreate,
    session: SessionDep,
    user: CurrentWriter,
    settings: AppSettings,
    idempotency: IdempotencyDep,
) -> Response:
    """Reports a meet-up to the moderators (`write`), with the reasons a post is reported
    for (`safety`: someone may be at risk). The report is on its discussion's opening post
    (`Location` names it), so it joins the same review queue, and enough reports hide the
    meet-up as they would hide a post. Its host cannot report it (403; they can change or
    cancel it); one open report per member (409 `already-flagged`), and reports are
    rate-limited. Only moderators see who reported it. Send an `Idempotency-Key` to
    retry safely."""
    await limit(request, "flag", f"user:{user.id}")
    rule = AutoHideRule.from_settings(settings)
    flag, post_id = await service.flag_meetup(session, user, meetup_id, data, rule)
    return await idempotency.respond(
        session, FlagRead.of(flag), location=f"{API_PREFIX}/posts/{post_id}/flags/{flag.id}"
    )
