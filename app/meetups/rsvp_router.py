"""PUT /meetups/{id}/rsvp, GET /meetups/{id}/rsvps, POST /meetups/{id}/rsvps/{username}/approve."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic_core import to_json

from app.accounts.schemas import UserRef
from app.db import SessionDep
from app.deps import CurrentUser, CurrentWriter, PageParams, ResourceId, UsernamePath
from app.http import JSON
from app.meetups import rsvp
from app.meetups.schemas import AttendeeRead, MyRsvpStatus, RsvpRead, RsvpUpdate
from app.pagination import Page

router = APIRouter(tags=["meetups"])


def _read(answer: rsvp.Answer) -> RsvpRead:
    return RsvpRead.model_validate(answer, from_attributes=True)


@router.put("/meetups/{meetup_id}/rsvp", response_model=RsvpRead)
async def set_rsvp(
    meetup_id: ResourceId, data: RsvpUpdate, session: SessionDep, user: CurrentWriter
) -> Response:
    """Your answer: `going`, `maybe` or `not_going`. When the meet-up is full a `going`
    answer joins the waitlist (`waitlisted`, with its `position`), in arrival order, and
    moves to going when a place frees; with `requires_approval` it is `pending` until the
    host says yes. The same answer again changes nothing (a waitlisted member keeps her
    place). 409 once the meet-up has started or was cancelled."""
    answer = await rsvp.set_rsvp(session, user, meetup_id, data.status)
    # Written at once (the hot write of issue 13): RsvpRead's three fields, no model built
    # and validated again by the response model.
    body = {"status": answer.status, "waitlisted": answer.waitlisted, "position": answer.position}
    return Response(to_json(body), media_type=JSON)


@router.get("/meetups/{meetup_id}/rsvps", response_model=Page[AttendeeRead])
async def list_rsvps(
    meetup_id: ResourceId,
    session: SessionDep,
    user: CurrentUser,
    page: PageParams,
    status: Annotated[
        MyRsvpStatus | None,
        Query(description="Only these answers (`going`: those with a place, then the waitlist)."),
    ] = None,
) -> Page[AttendeeRead]:
    """Who answered (the host and moderators): going (in the order they got a place), the
    waitlist in its order, pending requests (first asked first), maybe, not going."""
    attendees, next_cursor = await rsvp.list_rsvps(
        session, user, meetup_id, status, page.limit, page.cursor
    )
    return Page[AttendeeRead](
        items=[
            AttendeeRead.model_validate(
                {
                    "user": UserRef.model_validate(attendee.user),
                    "status": attendee.answer.status,
                    "waitlisted": attendee.answer.waitlisted,
                    "position": attendee.answer.position,
                    "created_at": attendee.created_at,
                }
            )
            for attendee in attendees
        ],
        next_cursor=next_cursor,
    )


@router.post("/meetups/{meetup_id}/rsvps/{username}/approve", response_model=RsvpRead)
async def approve_rsvp(
    meetup_id: ResourceId, username: UsernamePath, session: SessionDep, user: CurrentWriter
) -> RsvpRead:
    """The host (or a moderator) says yes to a member's request to go: she takes a place,
    or the end of the waitlist when the meet-up is full. Answers her RSVP as it is then;
    approving a member who is going already changes nothing. 409 when she has no request
    waiting."""
    return _read(await rsvp.approve_rsvp(session, user, meetup_id, username))
