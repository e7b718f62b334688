"""GET /meetups/{id}.ics, GET /me/calendar.ics, POST/DELETE /me/calendar-key (calendar.py).

This router is included after the meet-ups' own (app/main.py): `/meetups/12.ics` reaches
`get_meetup_calendar` only because GET /meetups/{id} is declared `/meetups/{meetup_id:int}` (digits
only); a plain `{meetup_id}` would take "12.ics" and answer 422 (test_calendar.py holds it)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.db import SessionDep
from app.deps import AppSettings, OwnStateWriter, Viewer
from app.errors import raises
from app.http import API_PREFIX
from app.meetups import calendar
from app.meetups.calendar import MAX_KEY_CHARS, CalendarKeyNotFound, MeetupNotFound, Site
from app.meetups.schemas import CalendarKeyRead, MeetupId

router = APIRouter(tags=["meetups"])

CALENDAR_MEDIA_TYPE = "text/calendar; charset=utf-8"
_ICS_EXAMPLE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Village//Meet-ups//EN\r\n"
    "BEGIN:VEVENT\r\nUID:meetup-12@village.example\r\nSEQUENCE:2\r\n"
    "DTSTART:20261203T100000Z\r\nDTEND:20261203T120000Z\r\nSUMMARY:Park playdate\r\n"
    "LOCATION:Leeds North\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _ics_response(description: str, cache_control: str) -> dict[int | str, dict[str, Any]]:
    """The 200 of an .ics route: an iCalendar file, and the headers only these send."""
    return {
        200: {
            "description": description,
            "content": {
                "text/calendar": {
                    "schema": {"type": "string", "description": "An iCalendar file (RFC 5545)."},
                    "example": _ICS_EXAMPLE,
                }
            },
            "headers": {
                "Cache-Control": {"description": cache_control, "schema": {"type": "string"}},
                "Content-Disposition": {
                    "description": "`inline`, with a file name ending in `.ics`.",
                    "schema": {"type": "string"},
                },
            },
        }
    }


_MEETUP_ICS = _ics_response(
    "The meet-up as an iCalendar file (RFC 5545) holding one event.",
    "`private, no-cache`: its LOCATION depends on who asks, so no shared cache keeps it.",
)
_FEED_ICS = _ics_response(
    "The key owner's meet-ups as an iCalendar file (RFC 5545), one event each.",
    "`private, max-age=300`: a calendar app need not poll more often than every 5 minutes.",
)


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
    responses=_MEETUP_ICS,
    summary="Download a meet-up for a calendar app",
)
@raises(MeetupNotFound)
async def get_meetup_calendar(
    meetup_id: MeetupId, session: SessionDep, viewer: Viewer, settings: AppSettings
) -> Response:
    """The meet-up as an iCalendar file (`text/calendar`, RFC 5545) to open in a calendar
    app: a stable UID, a SEQUENCE bumped by every change (an app that imported it replaces
    its copy), STATUS:CANCELLED once cancelled, times in UTC. Anyone may call it, without
    a token (`read` with one). **LOCATION is the venue only for signed-in members; guests
    get the area.** A hidden meet-up is 404 to all but its host and moderators."""
    body = await calendar.meetup_calendar(session, viewer, meetup_id, _site(settings))
    # Its LOCATION depends on who asks: never stored by a shared cache.
    return _ics(body, f"meetup-{meetup_id}.ics", "private, no-cache")


@router.get(
    "/me/calendar.ics",
    response_class=Response,
    responses=_FEED_ICS,
    # No bearer token: the key in the address is this feed's own credential (see below).
    openapi_extra={"security": []},
    summary="Get a member's private calendar feed",
)
@raises(CalendarKeyNotFound)
async def get_calendar_feed(
    session: SessionDep,
    settings: AppSettings,
    key: Annotated[
        str | None,
        Query(
            max_length=MAX_KEY_CHARS,
            description="The feed's secret key, as in the `url` that `POST /me/calendar-key` "
            "answered. Missing, wrong or revoked: 404.",
            examples=["vcal_Jp0bL6…"],
        ),
    ] = None,
) -> Response:
    """The meet-ups the key's owner is going to with a place (not the waitlist), upcoming
    and from the last 30 days, cancelled ones as STATUS:CANCELLED, **venues included**, as
    one iCalendar file (`text/calendar`) for calendar apps to subscribe to and poll.

    **No `Authorization` header, and `security` is empty on purpose:** calendar apps cannot
    sign in, so the `key` in the address is the credential, for this feed only (it opens
    nothing else, and no token opens this). Anyone with the link sees the feed: treat it as
    a secret. Its owner replaces it with `POST /me/calendar-key` or revokes it with
    `DELETE /me/calendar-key`, and the old link is 404 at once (`calendar-key-not-found`),
    as is a missing or wrong key (which never tells whether a member exists)."""
    body = await calendar.member_feed(session, key, _site(settings), settings.forum_name)
    return _ics(body, "meetups.ics", "private, max-age=300")


@router.post(
    "/me/calendar-key",
    response_model=CalendarKeyRead,
    status_code=status.HTTP_201_CREATED,
    summary="Make the calendar feed's link",
)
async def create_calendar_key(
    response: Response, session: SessionDep, user: OwnStateWriter, settings: AppSettings
) -> CalendarKeyRead:
    """Makes the caller's private calendar feed link (`write`), or replaces it: the old
    link stops working at once. The answer's `url` holds the secret key and is shown this
    once (only a digest is stored): give it to a calendar app. The key works for the feed
    (`GET /me/calendar.ics`) only, never as a sign-in. `Location` is the feed's address
    without the key."""
    response.headers["Location"] = f"{API_PREFIX}/me/calendar.ics"
    return CalendarKeyRead(url=await calendar.replace_key(session, user, _site(settings)))


@router.delete(
    "/me/calendar-key",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Revoke the calendar feed's link",
)
async def revoke_calendar_key(session: SessionDep, user: OwnStateWriter) -> None:
    """Revokes the caller's calendar feed link (`write`): calendar apps polling it get 404
    from then on. Idempotent: revoking when there is none changes nothing. A new link can
    be made with `POST /me/calendar-key`."""
    await calendar.revoke_key(session, user)
