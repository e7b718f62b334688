"""PUT /meetups/{id}/rsvp, GET /meetups/{id}/rsvps, POST /meetups/{id}/rsvps/{username}/approve."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import AfterValidator
from pydantic_core import to_json

from app.accounts.schemas import UserRef
from app.db import SessionDep
from app.deps import CurrentUser, CurrentWriter, PageParams
from app.errors import Forbidden, MeetupCancelled, MeetupPast, NotFound, raises
from app.http import JSON
from app.meetups import rsvp
from app.meetups.schemas import (
    AttendeePage,
    AttendeeRead,
    MeetupId,
    MyRsvpStatus,
    RsvpRead,
    RsvpUpdate,
)
from app.validation import reject_nul

router = APIRouter(tags=["meetups"])

AttendeeUsername = Annotated[
    str,
    Path(
        max_length=64,
        description="The username of the member whose request to go is approved.",
        examples=["priya_k"],
    ),
    AfterValidator(reject_nul),
]


def _read(answer: rsvp.Answer) -> RsvpRead:
    return RsvpRead.model_validate(answer, from_attributes=True)


@router.put("/meetups/{meetup_id}/rsvp", response_model=RsvpRead, summary="Answer a meet-up")
@raises(NotFound, MeetupCancelled, MeetupPast)
async def set_rsvp(
    meetup_id: MeetupId, data: RsvpUpdate, session: SessionDep, user: CurrentWriter
) -> Response:
    """Sets the caller's own answer (`write`; not while suspended): `going`, `maybe` or
    `not_going`. When the meet-up is full a `going` answer joins the waitlist (`waitlisted`,
    with its `position`) in arrival order, and takes a place when one frees (the member is
    notified); with `requires_approval` it is `pending` until the host says yes. Leaving a
    place gives it to the first on the waitlist. Idempotent: the same answer again changes
    nothing, and a waitlisted member keeps their place. 409 once the meet-up has started
    (`meetup-past`) or was cancelled (`meetup-cancelled`). Emits `rsvp.changed`."""
    answer = await rsvp.set_rsvp(session, user, meetup_id, data.status)
    # Written at once (the hot write of issue 13): RsvpRead's three fields, no model built
    # and validated again by the response model.
    body = {"status": answer.status, "waitlisted": answer.waitlisted, "position": answer.position}
    return Response(to_json(body), media_type=JSON)


@router.get(
    "/meetups/{meetup_id}/rsvps", response_model=AttendeePage, summary="List a meet-up's answers"
)
@raises(NotFound, Forbidden)
async def list_rsvps(
    meetup_id: MeetupId,
    session: SessionDep,
    user: CurrentUser,
    page: PageParams,
    status: Annotated[
        MyRsvpStatus | None,
        Query(
            description="Only these answers (`going`: those with a place, then the waitlist; "
            "`pending`: requests waiting for approval).",
            examples=["pending"],
        ),
    ] = None,
) -> AttendeePage:
    """Who answered a meet-up: for its host and moderators only (`read`; other members
    403). In order: going (in the order they got a place), the waitlist in its order,
    pending requests (first asked first), maybe, then not going. Members who left the forum
    are not listed."""
    attendees, next_cursor = await rsvp.list_rsvps(
        session, user, meetup_id, status, page.limit, page.cursor
    )
    return AttendeePage(
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


@router.post(
    "/meetups/{meetup_id}/rsvps/{username}/approve",
    response_model=RsvpRead,
    summary="Approve a request to go",
)
@raises(NotFound, Forbidden, MeetupCancelled, MeetupPast, rsvp.RsvpNotPending)
async def approve_rsvp(
    meetup_id: MeetupId, username: AttendeeUsername, session: SessionDep, user: CurrentWriter
) -> RsvpRead:
    """Says yes to a member's request to go (`pending`, on a meet-up with
    `requires_approval`): its host or a moderator (`write`; others 403), and a moderator's
    approval is in the moderation log. The member takes a place, or the end of the waitlist
    when the meet-up is full, and is notified; emits `rsvp.approved`. Answers their RSVP as
    it is then; approving a member who is going already changes nothing. 409
    `rsvp-not-pending` when they have no request waiting; an unknown member is 404."""
    return _read(await rsvp.approve_rsvp(session, user, meetup_id, username))
