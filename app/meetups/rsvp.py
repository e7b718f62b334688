"""RSVPs: a member's answer to a meet-up, its capacity, waitlist and the host's approval.

Every change to a meet-up's answers runs in one order, so any number of them at once leave
the counters exact, `going_count` within `capacity` and the waitlist whole:

1. the meet-up's row is locked first (`_lock`: `UPDATE meetups SET waitlist_seq =
   waitlist_seq … RETURNING`, a portable statement that also takes SQLite's write lock at
   once), which serialises every RSVP of that meet-up;
2. then the member's answer is read (a later statement: it sees what the previous holder of
   the lock committed, so a double tap is one change and the second finds it done);
3. then the counters move by atomic `SET x = x ± n`, in the statement that writes the
   answer on PostgreSQL (a data-modifying `WITH`), just before it on SQLite; the waitlist
   ticket is `waitlist_seq + 1`, `waitlist_seq` read by the lock's `RETURNING` and moved
   only under the lock: arrival order is the order of the tickets. The database's CHECK
   `going_count <= capacity` backs it all.

When a place frees (a going member answers otherwise or leaves, the capacity is raised) the
first on the waitlist (the lowest ticket) moves to going: `promote_waitlisted`, in the same
transaction, emitting one `RsvpPromoted`. While anyone waits, a new `going` joins the end of
the waitlist, even if a place looks free: nobody jumps it.

With `requires_approval`, a `going` answer becomes `pending` until the host or a moderator
approves it (`approve_rsvp`): it then takes a place, or the end of the waitlist when full.
The host (and a moderator) never waits for their own yes. `maybe` and `not_going` never
need approval.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, false, func, insert, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.accounts import service as accounts_service
from app.accounts.models import User
from app.db import utcnow
from app.errors import (
    Conflict,
    Forbidden,
    InvalidCursor,
    MeetupCancelled,
    MeetupPast,
    NotFound,
)
from app.events import Action, Audit, RsvpApproved, RsvpChanged, RsvpPromoted, Target, emit
from app.meetups import policy
from app.meetups.models import Meetup, Rsvp, RsvpStatus
from app.pagination import decode_cursor, encode_cursor

NO_SYNC: dict[str, Any] = {"synchronize_session": False}


class RsvpNotPending(Conflict):
    slug, title = "rsvp-not-pending", "This member has not asked to go"
    advice = (
        "The member has no request waiting for approval: they never asked, withdrew, answered "
        "`maybe` or `not_going`, or left. (Approving a member already going changes nothing "
        "and is not this problem.) Read the list again (`GET /meetups/{id}/rsvps?status="
        "pending`)."
    )


@dataclass(frozen=True)
class Answer:
    """A member's answer as the API shows it (`RsvpRead`, `AttendeeRead`)."""

    status: str
    waitlisted: bool
    # 1 for the first on the waitlist; None when not waitlisted.
    position: int | None


@dataclass(frozen=True)
class Locked:
    """What the RSVP rules read of a meet-up, from the statement that locked its row."""

    id: int
    host_id: int
    thread_id: int
    starts_at: datetime
    capacity: int | None
    requires_approval: bool
    is_cancelled: bool
    is_hidden: bool
    going_count: int
    waitlist_count: int
    # The last waitlist ticket given (the next is this + 1): exact while the lock is held.
    waitlist_seq: int = 0

    def has_room(self) -> bool:
        """A place is free and nobody waits for it (a newcomer never jumps the waitlist)."""
        if self.waitlist_count > 0:
            return False
        return self.capacity is None or self.going_count < self.capacity

    def free_places(self) -> int:
        """How many of the waitlist may move to going now."""
        if self.capacity is None:
            return self.waitlist_count
        return max(0, min(self.capacity - self.going_count, self.waitlist_count))


@dataclass(frozen=True)
class _Row:
    """A member's answer as stored (None: no answer)."""

    status: str
    waitlisted: bool
    waitlist_ticket: int | None

    @property
    def holds_place(self) -> bool:
        return self.status == RsvpStatus.going and not self.waitlisted


_LOCKED_COLUMNS = (
    Meetup.id,
    Meetup.host_id,
    Meetup.thread_id,
    Meetup.starts_at,
    Meetup.capacity,
    Meetup.requires_approval,
    Meetup.is_cancelled,
    Meetup.is_hidden,
    Meetup.going_count,
    Meetup.waitlist_count,
    Meetup.waitlist_seq,
)

# The RSVP's own statements, built once and run on the session's connection (Core: no ORM
# statement compiled, no entity loaded or flushed per answer; app/forum/queries.py's way).
# Bound names differ from the columns', which Core would take for SET values.
_LOCK = (
    update(Meetup)
    .where(Meetup.id == bindparam("meetup"))
    .values(waitlist_seq=Meetup.waitlist_seq)
    .returning(*_LOCKED_COLUMNS)
)
_READ_ROW = select(Rsvp.status, Rsvp.waitlisted, Rsvp.waitlist_ticket).where(
    Rsvp.meetup_id == bindparam("meetup"), Rsvp.user_id == bindparam("member")
)
_COUNTED = ("going_count", "maybe_count", "waitlist_count", "pending_count", "waitlist_seq")
# Every counter by its delta (0 for those that stay): one statement, one shape.
_COUNT = (
    update(Meetup)
    .where(Meetup.id == bindparam("meetup"))
    .values({key: getattr(Meetup, key) + bindparam(f"d_{key}") for key in _COUNTED})
)
_NEW_ANSWER = {
    "status": bindparam("new_status", type_=Rsvp.status.type),
    "waitlisted": bindparam("new_waitlisted", type_=Rsvp.waitlisted.type),
    "waitlist_ticket": bindparam("new_ticket", type_=Rsvp.waitlist_ticket.type),
    "updated_at": bindparam("now", type_=Rsvp.updated_at.type),
}
_INSERT_ROW = insert(Rsvp).values(
    meetup_id=bindparam("meetup", type_=Rsvp.meetup_id.type),
    user_id=bindparam("member", type_=Rsvp.user_id.type),
    created_at=bindparam("now", type_=Rsvp.created_at.type),
    **_NEW_ANSWER,
)
_UPDATE_ROW = (
    update(Rsvp)
    .where(Rsvp.meetup_id == bindparam("meetup"), Rsvp.user_id == bindparam("member"))
    .values(**_NEW_ANSWER)
)
# PostgreSQL: the counters move in the statement that writes the answer (a data-modifying
# WITH, always run to its end): one round trip fewer. SQLite has no such WITH: two there.
_INSERT_COUNTED = _INSERT_ROW.add_cte(_COUNT.cte("counted"))
_UPDATE_COUNTED = _UPDATE_ROW.add_cte(_COUNT.cte("counted"))


async def lock_meetup(session: AsyncSession, meetup_id: int) -> Locked | None:
    """Locks the meet-up's row (first of the RSVP transaction's locks) and reads it as the
    last writer left it; None when there is no such meet-up."""
    connection = await session.connection()
    row = (await connection.execute(_LOCK, {"meetup": meetup_id})).one_or_none()
    return None if row is None else Locked(**row._mapping)


async def _answerable(session: AsyncSession, actor: User | None, meetup_id: int) -> Locked:
    """The locked meet-up if `actor` may see it and it still takes answers: 404 when there
    is none (or it is hidden from them), 409 once cancelled or started."""
    meetup = await lock_meetup(session, meetup_id)
    if meetup is None or not policy.can_see_meetup(actor, meetup.host_id, meetup.is_hidden):
        raise NotFound(f"There is no meet-up {meetup_id}.")
    if meetup.is_cancelled:
        raise MeetupCancelled("This meet-up was cancelled: it takes no more answers.")
    if policy.has_started(meetup.starts_at, utcnow()):
        raise MeetupPast("This meet-up has started: it takes no more answers.")
    return meetup


async def _read_row(session: AsyncSession, meetup_id: int, user_id: int) -> _Row | None:
    connection = await session.connection()
    row = (
        await connection.execute(_READ_ROW, {"meetup": meetup_id, "member": user_id})
    ).one_or_none()
    return None if row is None else _Row(row[0], bool(row[1]), row[2])


def _counter_of(status: str, waitlisted: bool) -> str | None:
    """The meet-up's counter an answer counts in (None: not_going, counted nowhere)."""
    if status == RsvpStatus.going:
        return "waitlist_count" if waitlisted else "going_count"
    if status == RsvpStatus.maybe:
        return "maybe_count"
    if status == RsvpStatus.pending:
        return "pending_count"
    return None


async def _move(
    session: AsyncSession,
    meetup: Locked,
    user_id: int,
    old: _Row | None,
    status: str,
) -> tuple[Answer, Locked]:
    """Changes the member's answer from `old` to `status` (a going one takes a place, or the
    end of the waitlist when there is no room) and moves the counters by one statement
    (none when they stay: `maybe` after no answer is counted, `not_going` is not). Returns
    the new answer and the meet-up's counters after it.

    The caller holds the meet-up's row lock, taken by the statement that read `meetup`, so
    the counters after the change are those read plus the deltas, and the next waitlist
    ticket is `waitlist_seq + 1`: no RETURNING needed to know them."""
    waitlisted = status == RsvpStatus.going and not meetup.has_room()
    deltas = dict.fromkeys(_COUNTED, 0)
    if old is not None and (counter := _counter_of(old.status, old.waitlisted)) is not None:
        deltas[counter] -= 1
    if (counter := _counter_of(status, waitlisted)) is not None:
        deltas[counter] += 1
    if waitlisted:
        deltas["waitlist_seq"] = 1
    params: dict[str, Any] = {
        "meetup": meetup.id,
        "member": user_id,
        "new_status": status,
        "new_waitlisted": waitlisted,
        "new_ticket": meetup.waitlist_seq + 1 if waitlisted else None,
        "now": utcnow(),
    }
    connection = await session.connection()
    write = _INSERT_ROW if old is None else _UPDATE_ROW
    if any(deltas.values()):
        params.update({f"d_{key}": delta for key, delta in deltas.items()})
        if connection.dialect.name == "postgresql":
            write = _INSERT_COUNTED if old is None else _UPDATE_COUNTED
        else:
            await connection.execute(_COUNT, params)
    await connection.execute(write, params)
    after = replace(
        meetup,
        going_count=meetup.going_count + deltas["going_count"],
        waitlist_count=meetup.waitlist_count + deltas["waitlist_count"],
        waitlist_seq=meetup.waitlist_seq + deltas["waitlist_seq"],
    )
    position = after.waitlist_count if waitlisted else None  # the end of the waitlist
    return Answer(status, waitlisted, position), after


async def _position(session: AsyncSession, meetup_id: int, ticket: int) -> int:
    """1 + the waitlisted answers ahead of this ticket (the waitlist's index)."""
    ahead = await session.scalar(
        select(func.count())
        .select_from(Rsvp)
        .where(
            Rsvp.meetup_id == meetup_id,
            Rsvp.waitlisted == true(),
            Rsvp.waitlist_ticket < ticket,
        )
    )
    return int(ahead or 0) + 1


async def _answer_of(session: AsyncSession, meetup_id: int, row: _Row) -> Answer:
    if row.waitlisted and row.waitlist_ticket is not None:
        position = await _position(session, meetup_id, row.waitlist_ticket)
        return Answer(row.status, True, position)
    return Answer(row.status, False, None)


def _waits_for_approval(actor: User, meetup: Locked) -> bool:
    """A `going` answer waits for the host's yes, unless it is the host's own (or that of a
    moderator, who could approve it herself)."""
    return meetup.requires_approval and not policy.can_manage_meetup(actor, meetup.host_id)


async def set_rsvp(session: AsyncSession, actor: User, meetup_id: int, answer: str) -> Answer:
    """`PUT /meetups/{id}/rsvp`: the actor answers `going`, `maybe` or `not_going`.

    `going` takes a place while there is room and nobody waits, else the end of the
    waitlist; with `requires_approval` it waits for the host's yes (`pending`), except the
    host's (or a moderator's) own. The same answer again changes nothing (a waitlisted
    member keeps her place, a pending one her request). A going member who answers
    otherwise frees her place for the first on the waitlist."""
    meetup = await _answerable(session, actor, meetup_id)
    old = await _read_row(session, meetup.id, actor.id)
    status = answer
    if answer == RsvpStatus.going and _waits_for_approval(actor, meetup):
        status = RsvpStatus.pending
    if old is not None and (
        old.status == status or (answer == RsvpStatus.going and old.status == RsvpStatus.going)
    ):
        # Unchanged (a double tap, or a member already going whom approval no longer binds).
        return await _answer_of(session, meetup.id, old)
    result, after = await _move(session, meetup, actor.id, old, status)
    await emit(
        session,
        actor,
        RsvpChanged(
            thread_id=meetup.thread_id,
            meetup_id=meetup.id,
            user_id=actor.id,
            status=result.status,
            waitlisted=result.waitlisted,
        ),
    )
    if after.free_places() > 0:
        await promote_waitlisted(session, meetup.id)
    return result


async def approve_rsvp(session: AsyncSession, actor: User, meetup_id: int, username: str) -> Answer:
    """`POST /meetups/{id}/rsvps/{username}/approve`: the host (or a moderator, audited) says
    yes to a member's pending request. She takes a place, or the end of the waitlist when
    the meet-up is full. Approving a member already going changes nothing."""
    meetup = await lock_meetup(session, meetup_id)
    if meetup is None or not policy.can_see_meetup(actor, meetup.host_id, meetup.is_hidden):
        raise NotFound(f"There is no meet-up {meetup_id}.")
    if not policy.can_manage_meetup(actor, meetup.host_id):
        raise Forbidden("Only the meet-up's host or a moderator can approve its requests.")
    if meetup.is_cancelled:
        raise MeetupCancelled("This meet-up was cancelled: it takes no more answers.")
    if policy.has_started(meetup.starts_at, utcnow()):
        raise MeetupPast("This meet-up has started: it takes no more answers.")
    member = await accounts_service.get_by_username(session, username)
    old = await _read_row(session, meetup.id, member.id)
    if old is not None and old.status == RsvpStatus.going:
        return await _answer_of(session, meetup.id, old)  # approved already
    if old is None or old.status != RsvpStatus.pending:
        raise RsvpNotPending(f"{member.username} has no request waiting for approval.")
    result, after = await _move(session, meetup, member.id, old, RsvpStatus.going)
    by_moderator = not policy.is_host(actor, meetup.host_id)
    await emit(
        session,
        actor,
        RsvpApproved(
            thread_id=meetup.thread_id,
            meetup_id=meetup.id,
            user_id=member.id,
            waitlisted=result.waitlisted,
        ),
        audit=(
            Audit(Action.rsvp_approve, Target.meetup, meetup.id, note=f"member {member.id}")
            if by_moderator
            else None
        ),
    )
    if after.free_places() > 0:
        await promote_waitlisted(session, meetup.id)
    return result


async def promote_waitlisted(session: AsyncSession, meetup_id: int) -> list[int]:
    """Moves as many of the waitlist to going as there are free places, first tickets first,
    and emits one `RsvpPromoted` with their ids (in that order). Call it in the transaction
    that freed the places (a going answer gone, the capacity raised or removed); it locks the
    meet-up's row itself (again, if the caller already holds it). A meet-up that is
    cancelled or has started promotes nobody. Returns the promoted members' ids."""
    meetup = await lock_meetup(session, meetup_id)
    if meetup is None or meetup.is_cancelled or policy.has_started(meetup.starts_at, utcnow()):
        return []
    places = meetup.free_places()
    if places <= 0:
        return []
    first = (
        await session.scalars(
            select(Rsvp.user_id)
            .where(Rsvp.meetup_id == meetup.id, Rsvp.waitlisted == true())
            .order_by(Rsvp.waitlist_ticket)
            .limit(places)
        )
    ).all()
    promoted = await _promote(session, meetup, first)
    if promoted:
        await emit(
            session,
            None,
            RsvpPromoted(thread_id=meetup.thread_id, meetup_id=meetup.id, user_ids=promoted),
        )
    return promoted


async def _promote(session: AsyncSession, meetup: Locked, user_ids: Sequence[int]) -> list[int]:
    if not user_ids:
        return []
    moved = await session.execute(
        update(Rsvp)
        .where(
            Rsvp.meetup_id == meetup.id,
            Rsvp.user_id.in_(list(user_ids)),
            Rsvp.waitlisted == true(),
        )
        .values(waitlisted=False, waitlist_ticket=None, updated_at=utcnow())
        .returning(Rsvp.user_id)
        .execution_options(**NO_SYNC)
    )
    moved_ids = set(moved.scalars().all())
    count = len(moved_ids)
    if count:
        await session.execute(
            update(Meetup)
            .where(Meetup.id == meetup.id)
            .values(
                going_count=Meetup.going_count + count,
                waitlist_count=Meetup.waitlist_count - count,
            )
            .execution_options(**NO_SYNC)
        )
    return [user_id for user_id in user_ids if user_id in moved_ids]


async def remove_answer(session: AsyncSession, meetup_id: int, user_id: int) -> None:
    """Takes a member's answer away (she left the forum): the counters move by what she
    held, and a place she freed goes to the first on the waitlist. Locks the meet-up first;
    a caller taking several meet-ups' answers goes in id order (the one order of every
    transaction that locks several)."""
    if await lock_meetup(session, meetup_id) is None:
        return
    old = await _read_row(session, meetup_id, user_id)
    if old is None:
        return
    await session.execute(
        delete(Rsvp)
        .where(Rsvp.meetup_id == meetup_id, Rsvp.user_id == user_id)
        .execution_options(**NO_SYNC)
    )
    counter = _counter_of(old.status, old.waitlisted)
    if counter is not None:
        await session.execute(
            update(Meetup)
            .where(Meetup.id == meetup_id)
            .values({counter: getattr(Meetup, counter) - 1})
            .execution_options(**NO_SYNC)
        )
    if old.holds_place:
        await promote_waitlisted(session, meetup_id)


async def answered_by(session: AsyncSession, user_id: int) -> list[int]:
    """The meet-ups the member answered, in id order."""
    found = await session.scalars(
        select(Rsvp.meetup_id).where(Rsvp.user_id == user_id).order_by(Rsvp.meetup_id)
    )
    return list(found.all())


# The host's list


@dataclass(frozen=True)
class Attendee:
    user: User
    answer: Answer
    created_at: datetime


@dataclass(frozen=True)
class _Section:
    status: str
    waitlisted: bool


# The list's sections, in order: going (a place held), the waitlist, pending, maybe, no.
SECTIONS = (
    _Section(RsvpStatus.going, False),
    _Section(RsvpStatus.going, True),
    _Section(RsvpStatus.pending, False),
    _Section(RsvpStatus.maybe, False),
    _Section(RsvpStatus.not_going, False),
)
_SECTIONS_OF: dict[str | None, tuple[int, ...]] = {
    None: (0, 1, 2, 3, 4),
    RsvpStatus.going: (0, 1),
    RsvpStatus.pending: (2,),
    RsvpStatus.maybe: (3,),
    RsvpStatus.not_going: (4,),
}


async def list_rsvps(
    session: AsyncSession,
    actor: User,
    meetup_id: int,
    status: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Attendee], str | None]:
    """`GET /meetups/{id}/rsvps` (host or moderator): the answers going (a place held, in
    the order they got it), then the waitlist in its order, then pending requests (first
    asked first), maybe and not going; `status` keeps one of those (`going`: places and
    waitlist). Keyset pages, section by section: at most one statement per section."""
    meetup = (
        await session.execute(
            select(Meetup.host_id, Meetup.is_hidden).where(Meetup.id == meetup_id)
        )
    ).one_or_none()
    if meetup is None or not policy.can_see_meetup(actor, meetup.host_id, meetup.is_hidden):
        raise NotFound(f"There is no meet-up {meetup_id}.")
    if not policy.can_manage_meetup(actor, meetup.host_id):
        raise Forbidden("Only the meet-up's host or a moderator can see who answered.")
    after = _Keyset.decode(cursor) if cursor is not None else None
    rows: list[tuple[int, Rsvp, User]] = []
    for index in _SECTIONS_OF[status]:
        if after is not None and index < after.section:
            continue
        wanted = limit + 1 - len(rows)
        if wanted <= 0:
            break
        keyset = after if after is not None and after.section == index else None
        found = await _section(session, meetup_id, SECTIONS[index], keyset, wanted)
        rows.extend((index, rsvp, user) for rsvp, user in found)
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        index, last, _ = page[-1]
        next_cursor = encode_cursor(index, last.waitlist_ticket or 0, last.updated_at, last.user_id)
    return await _attendees(session, meetup_id, page), next_cursor


@dataclass(frozen=True)
class _Keyset:
    """Where a page of the list ends: its section, and there the last answer's ticket (the
    waitlist) or its time and member (the others)."""

    section: int
    ticket: int
    updated_at: datetime
    user_id: int

    @staticmethod
    def decode(cursor: str) -> _Keyset:
        section, ticket, updated_at, user_id = decode_cursor(cursor, (int, int, datetime, int))
        assert isinstance(section, int) and isinstance(ticket, int)
        assert isinstance(updated_at, datetime) and isinstance(user_id, int)
        if not 0 <= section < len(SECTIONS):
            raise InvalidCursor("The cursor is not one this server issued.")
        return _Keyset(section, ticket, updated_at, user_id)


async def _section(
    session: AsyncSession,
    meetup_id: int,
    section: _Section,
    keyset: _Keyset | None,
    limit: int,
) -> list[tuple[Rsvp, User]]:
    statement = (
        select(Rsvp, User)
        .join(User, User.id == Rsvp.user_id)
        .where(
            Rsvp.meetup_id == meetup_id,
            Rsvp.status == section.status,
            Rsvp.waitlisted == (true() if section.waitlisted else false()),
        )
        .limit(limit)
    )
    if section.waitlisted:
        statement = statement.order_by(Rsvp.waitlist_ticket)
        if keyset is not None:
            statement = statement.where(Rsvp.waitlist_ticket > keyset.ticket)
    else:
        statement = statement.order_by(Rsvp.updated_at, Rsvp.user_id)
        if keyset is not None:
            statement = statement.where(
                or_(
                    Rsvp.updated_at > keyset.updated_at,
                    and_(Rsvp.updated_at == keyset.updated_at, Rsvp.user_id > keyset.user_id),
                )
            )
    return [(rsvp, user) for rsvp, user in await session.execute(statement)]


async def _attendees(
    session: AsyncSession, meetup_id: int, page: Sequence[tuple[int, Rsvp, User]]
) -> list[Attendee]:
    """The page's answers; waitlist positions from one count (the waitlist's rows on a page
    are consecutive, so the first one's position gives the others')."""
    tickets = [rsvp.waitlist_ticket for _, rsvp, _ in page if rsvp.waitlisted]
    position = 0
    if tickets and tickets[0] is not None:
        position = await _position(session, meetup_id, tickets[0]) - 1
    attendees = []
    for _, rsvp, user in page:
        if rsvp.waitlisted:
            position += 1
            answer = Answer(rsvp.status, True, position)
        else:
            answer = Answer(rsvp.status, False, None)
        attendees.append(Attendee(user=user, answer=answer, created_at=rsvp.created_at))
    return attendees
