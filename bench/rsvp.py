"""RSVPs under load (issue 13): members answering meet-ups against a real server, then the
counters checked.

    python -m bench.rsvp [--workers 2] [--connections 32] [--duration 15] [--repeat N]
    python -m bench.rsvp interleaved --url URL [--rounds 300]
    python -m bench.rsvp cpu
    python -m bench.rsvp cpu-put [--requests 2000] [--profile [--dump FILE]]

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

`interleaved` prices the requests against each other on a busy machine, where separate wrk
runs swing too much to compare: the thread list, the meet-ups of an area, an RSVP and a
reply sent in turn on one connection against a running server, median ms of each. `cpu`
prices the thread list and the meet-up lists in this process's CPU alone (bench/cpu.py's
way); `cpu-put` prices the RSVP itself the same way (the PUT sent straight to the ASGI app
with wrk's mix of answers, members and meet-ups), or with `--profile` shows where its CPU
goes under cProfile, by package (bench/cpu.py --profile's grouping).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from app.db import utcnow
from app.meetups.models import Meetup
from bench.seed import BENCH_PASSWORD

# Answered meet-ups: enough that most answers touch a meet-up no other request holds, few
# enough that waitlists form and move.
RSVP_MEETUPS = 2_000
RSVP_MEMBERS = 64
FIRST_MEMBER = 200  # parent200, parent201, …: not the readers and writers of other scenarios
AREA = "leeds"  # bench/run's MEETUP_AREA


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


def interleaved_medians(
    base: str, tokens: list[str], meetups: list[int], threads: int, rounds: int, seed: int = 13
) -> dict[str, Any]:
    """Median ms of each request kind, sent in turn on one connection, `rounds` times: the
    thread list and the meet-ups of an area (visitors), an RSVP and a reply (members). Load
    from elsewhere on the machine falls on all alike, which separate runs of wrk cannot
    promise on a busy machine; the ratios of the medians are the requests' relative costs."""
    rng = random.Random(seed)  # noqa: S311 - a benchmark's choices, not secrets
    kinds = ("list_first", "meetups_area", "rsvp", "reply")
    timings: dict[str, list[float]] = {kind: [] for kind in kinds}
    answers = ("going", "going", "maybe", "not_going")
    with httpx.Client(base_url=base, timeout=30) as client:
        for n in range(rounds + 10):
            for kind in kinds:
                member = {"Authorization": f"Bearer {rng.choice(tokens)}"}
                start = time.perf_counter()
                if kind == "list_first":
                    response = client.get("/api/v1/threads")
                elif kind == "meetups_area":
                    response = client.get("/api/v1/meetups", params={"area": AREA})
                elif kind == "rsvp":
                    response = client.put(
                        f"/api/v1/meetups/{rng.choice(meetups)}/rsvp",
                        json={"status": rng.choice(answers)},
                        headers=member,
                    )
                else:
                    response = client.post(
                        f"/api/v1/threads/{rng.randrange(1, threads + 1)}/posts",
                        json={"body": f"Same here, it gets better ({time.time_ns()}-{n})."},
                        headers=member,
                    )
                elapsed = (time.perf_counter() - start) * 1000
                response.raise_for_status()
                if n >= 10:  # the first rounds warm up
                    timings[kind].append(elapsed)
    medians = {kind: statistics.median(values) for kind, values in timings.items()}
    return {
        "medians_ms": {kind: round(ms, 2) for kind, ms in medians.items()},
        # One client's req/s is 1 / latency.
        "meetups_area_share_of_list_first": round(
            medians["list_first"] / medians["meetups_area"], 2
        ),
        "rsvp_per_reply": round(medians["reply"] / medians["rsvp"], 2),
    }


def interleaved(argv: list[str]) -> None:
    """`python -m bench.rsvp interleaved --url URL`: the relative costs of the thread list,
    the meet-ups of an area, an RSVP and a reply (DATABASE_URL: the seeded database)."""
    parser = argparse.ArgumentParser(prog="python -m bench.rsvp interleaved")
    parser.add_argument("--url", required=True, help="a running `village serve`")
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args(argv)
    url = os.environ["DATABASE_URL"]
    meetups = asyncio.run(rsvp_meetups(url))
    threads = asyncio.run(_forum_threads(url))
    tokens = []
    for username in rsvp_members(8):
        response = httpx.post(
            f"{args.url}/api/v1/auth/token",
            data={"username": username, "password": BENCH_PASSWORD},
        )
        response.raise_for_status()
        tokens.append(response.json()["access_token"])
    result = interleaved_medians(args.url, tokens, meetups, threads, args.rounds)
    print(json.dumps({"rounds": args.rounds, "area": AREA, **result}, indent=1))


async def _forum_threads(url: str) -> int:
    """The forum's threads (ids 1…N): the meet-ups' discussions come after them."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(select(func.min(Meetup.thread_id))) or 2) - 1
    finally:
        await engine.dispose()


CPU_PATHS = ["/api/v1/threads", f"/api/v1/meetups?area={AREA}", "/api/v1/meetups"]


async def cpu_per_request(requests: int, rounds: int = 3) -> dict[str, float]:
    """This process's CPU per GET (µs), requests sent straight to the ASGI app (bench/cpu.py's
    way: no server, no load generator, the database's work not counted): the thread list
    against the meet-up lists, in alternating rounds, the least of each path's rounds."""
    from app.config import Settings
    from app.main import create_app
    from bench.cpu import call, cpu_us

    settings = Settings(
        database_url=os.environ["DATABASE_URL"], rate_limits_enabled=False, frontend_dist=None
    )
    app = create_app(settings)
    best: dict[str, float] = {}
    try:
        for _ in range(rounds):
            for path in CPU_PATHS:
                us = await cpu_us(lambda path=path: call(app, path), requests)  # type: ignore[misc]
                best[path] = round(min(us, best.get(path, us)))
    finally:
        await app.state.database.dispose()
    return best


async def put_rsvp(app: Any, meetup_id: int, token: str, answer: str) -> bytes:
    """One `PUT /api/v1/meetups/{id}/rsvp` through the whole ASGI stack (bench/cpu.py's
    `call`, with a body and a Bearer token); returns the body, raises unless 200."""
    from bench.cpu import call

    body = json.dumps({"status": answer}).encode()
    headers = [
        (b"authorization", f"Bearer {token}".encode()),
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    return await call(app, f"/api/v1/meetups/{meetup_id}/rsvp", headers, method="PUT", body=body)


async def cpu_put(requests: int, profile: bool, dump: str | None = None, rounds: int = 3) -> None:
    """This process's CPU per RSVP (µs; the database's own work not counted), wrk's mix of
    answers over the bench members and meet-ups, the least of `rounds` rounds; or, with
    `profile`, its own time per request under cProfile grouped by package."""
    import cProfile

    from sqlalchemy import select as select_

    from app.accounts.models import User
    from app.config import Settings
    from app.main import create_app
    from bench.cpu import by_package

    url = os.environ["DATABASE_URL"]
    settings = Settings(database_url=url, rate_limits_enabled=False, frontend_dist=None)
    app = create_app(settings)
    meetups = await rsvp_meetups(url)
    rng = random.Random()  # noqa: S311 - fresh pairs each run, as wrk sends
    answers = ("going", "going", "maybe", "not_going")
    try:
        async with app.state.database.sessionmaker() as session:
            ids = list(
                await session.scalars(select_(User.id).where(User.username.in_(rsvp_members())))
            )
        tokens = [app.state.access_tokens.issue(user_id) for user_id in ids]

        async def one() -> bytes:
            return await put_rsvp(app, rng.choice(meetups), rng.choice(tokens), rng.choice(answers))

        for _ in range(200):
            await one()
        if profile:
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _ in range(requests):
                await one()
            profiler.disable()
            print("PUT /api/v1/meetups/{id}/rsvp: own time per request under cProfile")
            for key, us in by_package(profiler, requests):
                print(f"  {us:7.0f} us  {key}")
            if dump is not None:
                profiler.dump_stats(dump)  # for pstats, function by function
            return
        best: float | None = None
        for _ in range(rounds):
            start = time.process_time()
            for _ in range(requests):
                await one()
            us = (time.process_time() - start) * 1e6 / requests
            best = us if best is None else min(best, us)
        print(json.dumps({"PUT /api/v1/meetups/{id}/rsvp, us CPU": round(best or 0)}))
    finally:
        await app.state.database.dispose()


def main(argv: list[str]) -> None:
    """`bench/run --scenarios rsvp` with these arguments (the runner's own options), the
    interleaved measurement (`interleaved --url URL`) or CPU per request (`cpu`)."""
    if argv[:1] == ["interleaved"]:
        interleaved(argv[1:])
        return
    if argv[:1] == ["cpu-put"]:
        parser = argparse.ArgumentParser(prog="python -m bench.rsvp cpu-put")
        parser.add_argument("--requests", type=int, default=2000)
        parser.add_argument("--profile", action="store_true", help="cProfile, by package")
        parser.add_argument("--dump", metavar="FILE", help="with --profile: its pstats file")
        args = parser.parse_args(argv[1:])
        asyncio.run(cpu_put(args.requests, args.profile, args.dump))
        return
    if argv[:1] == ["cpu"]:
        print(json.dumps(asyncio.run(cpu_per_request(1000)), indent=1))
        return
    runner = Path(__file__).resolve().parent / "run"
    if "--scenarios" not in argv:
        argv = ["--scenarios", "rsvp", *argv]
    os.execv(sys.executable, [sys.executable, str(runner), *argv])  # noqa: S606 - our runner


if __name__ == "__main__":
    main(sys.argv[1:])
