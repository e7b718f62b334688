"""GET /meetups/{id}.ics, GET /me/calendar.ics, POST/DELETE /me/calendar-key (calendar.py).

This router is included after the meet-ups' own (app/main.py): `/meetups/12.ics` reaches
`meetup_ics` only because GET /meetups/{id} is declared `/meetups/{meetup_id:int}` (digits
only); a plain `{meetup_id}` would take "12.ics" and answer 422 (test_calendar.py holds it)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.db import SessionDep
from app.deps import AppSettings, OwnStateWriter, ResourceId, Viewer
from app.http import API_PREFIX
from app.meetups import calendar
from app.meetups.calendar import MAX_KEY_CHARS, Site
from app.meetups.schemas import CalendarKeyRead

router = APIRouter(tags=["meetups"])

CALENDAR_MEDIA_TYPE = "text/calendar; charset=utf-8"
_ICS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "An iCalendar file (RFC 5545).",
        "content": {"text/calendar": {"schema": {"type": "string"}}},
    }
}


def _site(settings: AppSettings) -> Site:
    return Site(settings.public_url)


def _ics(body: bytes, filename: str, cache_control: str) -> Response:
    return Response(
        body,
        media_type=CALENDAR_MEDIA_TYPE,
        headers={
            "Cache-Control": cache_control,
            "Content-Disposition": f'inline; filename="{filename}"',
        },
    )


@router.get(
    "/meetups/{meetup_id}.ics",
    response_class=Response,
    responses=_ICS,
)
async def meetup_ics(
    meetup_id: ResourceId, session: SessionDep, viewer: Viewer, settings: AppSettings
) -> Response:
    """The meet-up for a calendar app: a stable UID, SEQUENCE bumped by every change,
    STATUS:CANCELLED once cancelled, times in UTC. LOCATION is the venue for signed-in
    members and the area for visitors."""
    body = await calendar.meetup_calendar(session, viewer, meetup_id, _site(settings))
    # Its LOCATION depends on who asks: never stored by a shared cache.
    return _ics(body, f"meetup-{meetup_id}.ics", "private, no-cache")


@router.get(
    "/me/calendar.ics",
    response_class=Response,
    responses=_ICS,
    openapi_extra={"security": []},
)
async def my_calendar(
    session: SessionDep,
    settings: AppSettings,
    key: Annotated[
        str | None,
        Query(max_length=MAX_KEY_CHARS, description="The key of `POST /me/calendar-key`."),
    ] = None,
) -> Response:
    """The meet-ups the key's owner is going to (not waitlisted), upcoming and from the
    last 30 days, cancelled ones as STATUS:CANCELLED, venue included; for calendar apps to
    poll, so no sign-in: the key is the credential, and only here. A missing, wrong or
    revoked key is 404."""
    body = await calendar.member_feed(session, key, _site(settings), settings.forum_name)
    return _ics(body, "meetups.ics", "private, max-age=300")


@router.post(
    "/me/calendar-key",
    response_model=CalendarKeyRead,
    status_code=status.HTTP_201_CREATED,
)
async def make_calendar_key(
    response: Response, session: SessionDep, user: OwnStateWriter, settings: AppSettings
) -> CalendarKeyRead:
    """Makes the private feed's key, or replaces it: the old key stops working at once. The
    URL holds the key and is shown this once."""
    response.headers["Location"] = f"{API_PREFIX}/me/calendar.ics"
    return CalendarKeyRead(url=await calendar.replace_key(session, user, _site(settings)))


@router.delete("/me/calendar-key", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_calendar_key(session: SessionDep, user: OwnStateWriter) -> None:
    """Revokes the feed's key (calendar apps polling it get 404). Revoking when there is
    none changes nothing."""
    await calendar.revoke_key(session, user)
