"""The meet-ups' counter rules, which the counter check (app/counters.py) runs.

A meet-up's counters, recounted from its answers (`rsvps`), as rsvp.py keeps them:
- `going_count`: the `going` answers holding a place (not waitlisted);
- `waitlist_count`: the waitlisted ones (each a `going` answer with a ticket);
- `maybe_count`: the `maybe` answers; `pending_count`: the requests awaiting approval;
- `waitlist_seq` (the last ticket handed out) is never below a ticket held, so the next
  one comes after every one waiting.

Plain SQL that runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, false, func, or_, select, true

from app import counters
from app.meetups.models import Meetup, Rsvp, RsvpStatus


def _count(condition: Any) -> Any:
    return func.count(case((condition, 1)))


def _meetups() -> Any:
    answers = (
        select(
            Rsvp.meetup_id,
            _count(and_(Rsvp.status == RsvpStatus.going.value, Rsvp.waitlisted == false())).label(
                "going"
            ),
            _count(Rsvp.waitlisted == true()).label("waitlisted"),
            _count(Rsvp.status == RsvpStatus.maybe.value).label("maybe"),
            _count(Rsvp.status == RsvpStatus.pending.value).label("pending"),
            func.max(Rsvp.waitlist_ticket).label("last_ticket"),
        )
        .group_by(Rsvp.meetup_id)
        .subquery()
    )
    going = func.coalesce(answers.c.going, 0)
    waitlisted = func.coalesce(answers.c.waitlisted, 0)
    maybe = func.coalesce(answers.c.maybe, 0)
    pending = func.coalesce(answers.c.pending, 0)
    last_ticket = func.coalesce(answers.c.last_ticket, 0)
    return (
        select(
            Meetup.id,
            Meetup.going_count,
            going.label("actual_going_count"),
            Meetup.waitlist_count,
            waitlisted.label("actual_waitlist_count"),
            Meetup.maybe_count,
            maybe.label("actual_maybe_count"),
            Meetup.pending_count,
            pending.label("actual_pending_count"),
            Meetup.waitlist_seq,
            last_ticket.label("last_ticket"),
        )
        .outerjoin(answers, answers.c.meetup_id == Meetup.id)
        .where(
            or_(
                Meetup.going_count != going,
                Meetup.waitlist_count != waitlisted,
                Meetup.maybe_count != maybe,
                Meetup.pending_count != pending,
                Meetup.waitlist_seq < last_ticket,
            )
        )
        .order_by(Meetup.id)
    )


def _not_below(stored: Any, last_ticket: Any) -> bool:
    """The last ticket handed out is at or after every ticket held."""
    return bool(stored >= last_ticket)


counters.register(
    counters.CounterRule(
        "meetups",
        _meetups(),
        {
            "going_count": ("going_count", "actual_going_count"),
            "waitlist_count": ("waitlist_count", "actual_waitlist_count"),
            "maybe_count": ("maybe_count", "actual_maybe_count"),
            "pending_count": ("pending_count", "actual_pending_count"),
            "waitlist_seq": ("waitlist_seq", "last_ticket"),
        },
        agrees={"waitlist_seq": _not_below},
    )
)
