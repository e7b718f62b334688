"""RSVPs under load (issue 13): members answering meet-ups against a real server, then the
counters checked.

    python -m bench.rsvp [--workers 2] [--connections 32] [--duration 15] [--repeat N]

is `bench/run --scenarios rsvp` (its servers, wrk, its report and JSON), on the database of
`DATABASE_URL` seeded by `python -m bench.seed` (10,000 meet-ups). This module holds what the
runner needs for the scenario: which meet-ups are answered (`rsvp_meetups`: upcoming, not
cancelled, starting at least a day from now so none starts during the run, a mix of
capacities, waitlists and approval) and by whom (`rsvp_members`: bench users, one Bearer
token each). `bench/wrk/rsvp.lua` sends `PUT /api/v1/meetups/{id}/rsvp` with `going` (half
the time), `maybe` or `not_going` picked at random; every answer is 200. Afterwards the
runner stops the servers and runs the app's counter check (`village check-counters`):
`going_count`, `maybe_count`, `waitlist_count` and `pending_count` recounted from the rows,
as for every other counter.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from app.db import utcnow
from app.meetups.models import Meetup

# Answered meet-ups: enough that most answers touch a meet-up no other request holds, few
# enough that waitlists form and move.
RSVP_MEETUPS = 2_000
RSVP_MEMBERS = 64
FIRST_MEMBER = 200  # parent200, parent201, …: not the readers and writers of other scenarios


def rsvp_members(count: int = RSVP_MEMBERS) -> list[str]:
    return [f"parent{n}" for n in range(FIRST_MEMBER, FIRST_MEMBER + count)]


async def rsvp_meetups(url: str, count: int = RSVP_MEETUPS) -> list[int]:
    """Upcoming meet-ups that stay upcoming for the whole run, soonest first."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.scalars(
                select(Meetup.id)
                .where(
                    Meetup.starts_at > utcnow() + timedelta(days=1),
                    Meetup.is_cancelled.is_(False),
                    Meetup.is_hidden.is_(False),
                )
                .order_by(Meetup.starts_at, Meetup.id)
                .limit(count)
            )
            return list(rows)
    finally:
        await engine.dispose()


def main(argv: list[str]) -> None:
    """`bench/run --scenarios rsvp` with these arguments (the runner's own options)."""
    runner = Path(__file__).resolve().parent / "run"
    if "--scenarios" not in argv:
        argv = ["--scenarios", "rsvp", *argv]
    os.execv(sys.executable, [sys.executable, str(runner), *argv])  # noqa: S606 - our runner


if __name__ == "__main__":
    main(sys.argv[1:])
