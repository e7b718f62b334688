"""Where a request's CPU goes: requests sent straight to the ASGI app, one after another.

    DATABASE_URL=postgresql+asyncpg://…/village_bench python -m bench.cpu [--requests 2000]
    python -m bench.cpu --profile /api/v1/threads/1/posts   # cProfile, grouped by package
    python -m bench.cpu --compression   # the hot pages plain and gzipped, alternately
    python -m bench.cpu --hot           # only the hot reads, a visitor's and parent3's, in rounds
    python -m bench.cpu --hot --rounds 20 --requests 2000   # smaller rounds, for a busy machine

No HTTP server and no load generator: the figures are this process's CPU time per request
(`time.process_time`), so the database's own work is not in them. It prints the cost of the
framework alone (`/healthz`), of each hot page (plain, and gzipped for a client that
accepts it: app/compression.py), and of one statement sent three ways (the ORM session, the
Core connection, the asyncpg driver), which is where the rest goes.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import os
import pstats
import time
import timeit
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Response
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import text

from app.compression import COMPRESS_LEVEL
from app.config import Settings
from app.db import one_statement
from app.forum import queries
from app.forum.schemas import thread_json
from app.main import create_app
from app.pagination import page_json

PATHS = ["/healthz", "/api/v1/categories", "/api/v1/threads", "/api/v1/threads/1/posts"]


GZIP = [(b"accept-encoding", b"gzip, deflate, br")]  # what a browser sends


async def call(
    app: Any,
    path: str,
    headers: list[tuple[bytes, bytes]] | None = None,
    *,
    method: str = "GET",
    body: bytes = b"",
) -> bytes:
    """One request (a GET unless told) through the whole ASGI stack, as uvicorn would send
    it; returns the body, raises unless 200."""
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": raw_path,
        "raw_path": raw_path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench"), *(headers or [])],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
        "state": {},
    }
    status: list[int] = []
    out: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])
        elif message["type"] == "http.response.body":
            out.append(message.get("body", b""))

    await app(scope, receive, send)
    if status != [200]:
        raise RuntimeError(f"{method} {path} answered {status}: {b''.join(out)[:300]!r}")
    return b"".join(out)


async def hot_costs(app: Any, n: int, rounds: int = 5) -> dict[str, float]:
    """CPU per request of the hot reads, a visitor's and the signed-in reader's (`parent3`,
    with an access token as `/auth/token` issues it), in alternating rounds; each the least of
    its rounds' means (a busy machine's interference only ever adds)."""
    async with app.state.database.sessionmaker() as session:
        reader_id = await session.scalar(text("SELECT id FROM users WHERE username = 'parent3'"))
    if reader_id is None:
        raise RuntimeError("no parent3: seed the database with python -m bench.seed")
    bearer = [(b"authorization", f"Bearer {app.state.access_tokens.issue(reader_id)}".encode())]
    cases: dict[str, tuple[str, list[tuple[bytes, bytes]] | None]] = {
        "GET /api/v1/threads": ("/api/v1/threads", None),
        "GET /api/v1/threads/1/posts": ("/api/v1/threads/1/posts", None),
        "GET /api/v1/threads/1/posts as parent3": ("/api/v1/threads/1/posts", bearer),
        "GET /api/v1/threads as parent3": ("/api/v1/threads", bearer),
    }
    best: dict[str, float] = {}
    size = max(1, n // rounds)
    for _ in range(rounds):
        for name, (path, headers) in cases.items():
            us = await cpu_us(lambda path=path, headers=headers: call(app, path, headers), size)  # type: ignore[misc]
            best[name] = min(us, best.get(name, us))
    return best


async def cpu_us(action: Callable[[], Awaitable[Any]], n: int) -> float:
    for _ in range(min(200, n)):
        await action()
    start = time.process_time()
    for _ in range(n):
        await action()
    return (time.process_time() - start) * 1e6 / n


async def compression_costs(app: Any, path: str, n: int, rounds: int = 10) -> tuple[float, float]:
    """CPU per request for `path` sent plain and with `Accept-Encoding: gzip`, in alternating
    rounds; each the least of its rounds' means, so that a busy machine's interference (which
    only ever adds) falls on neither more than the other."""
    size = max(1, n // rounds)
    plain, packed = [], []
    for _ in range(rounds):
        plain.append(await cpu_us(lambda: call(app, path), size))
        packed.append(await cpu_us(lambda: call(app, path, GZIP), size))
    return min(plain), min(packed)


def gzip_cost(body: bytes) -> tuple[float, int]:
    """CPU to gzip `body` as the middleware does (a new compressor each time), the least of
    20 timings of 200; and the compressed size."""

    def pack() -> bytes:
        compressor = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        return compressor.compress(body) + compressor.flush()

    best = min(timeit.repeat(pack, number=200, repeat=20, timer=time.process_time))
    return best * 1e6 / 200, len(pack())


async def statement_costs(app: Any, n: int) -> dict[str, float]:
    """One small indexed select (the posts page's thread check), sent three ways."""
    params = {"thread_id": 1}
    database = app.state.database
    async with database.sessionmaker() as session:
        connection = await session.connection()
        costs = {
            "AsyncSession.execute": await cpu_us(
                lambda: session.execute(queries.THREAD_IS_LIVE, params), n
            ),
            "AsyncConnection.execute": await cpu_us(
                lambda: connection.execute(queries.THREAD_IS_LIVE, params), n
            ),
        }
        if database.engine.dialect.name == "postgresql":
            driver = (await connection.get_raw_connection()).driver_connection
            sql = str(queries.THREAD_IS_LIVE.compile(database.engine.sync_engine))
            costs["asyncpg fetch (no SQLAlchemy)"] = await cpu_us(lambda: driver.fetch(sql, 1), n)

    async def open_and_commit() -> None:
        async with database.sessionmaker() as session:
            await session.execute(text("SELECT 1"))
            await session.commit()

    costs["session + BEGIN + SELECT 1 + COMMIT"] = await cpu_us(open_and_commit, n)

    page = queries.thread_page("active", False, False)

    async def in_transaction() -> None:
        async with database.sessionmaker() as session:
            await (await session.connection()).execute(page, {"limit": 21})
            await session.commit()

    async def alone() -> None:
        async with database.sessionmaker() as session:
            async with one_statement(session) as connection:
                await connection.execute(page, {"limit": 21})
            await session.commit()

    costs["the thread list's statement in the session's transaction"] = await cpu_us(
        in_transaction, n
    )
    costs["the same through db.one_statement (autocommit on PostgreSQL)"] = await cpu_us(alone, n)
    return costs


async def thread_page_costs(app: Any, n: int) -> dict[str, float]:
    """The thread list's own work, piece by piece: its statement, presenting, writing."""
    page = queries.thread_page("active", False, False)
    async with app.state.database.sessionmaker() as session:
        connection = await session.connection()
        statement_us = await cpu_us(lambda: connection.execute(page, {"limit": 21}), n)
        rows = (await connection.execute(page, {"limit": 21})).all()[:20]

    async def present() -> list[dict[str, Any]]:
        return [thread_json(row, None) for row in rows]

    items = await present()

    async def write() -> bytes:
        return page_json(items, "cursor")

    return {
        "its statement, 21 rows, on the connection": statement_us,
        "thread_json for 20 rows": await cpu_us(present, n),
        "page_json (pydantic-core to_json)": await cpu_us(write, n),
    }


# FastAPI alone, with no middleware and no database: a route with no parameters, and one
# shaped like the thread list's (a function-scoped generator dependency, a viewer from an
# OAuth2 bearer scheme, page parameters, two more query parameters). Module level, so that
# FastAPI can resolve the annotations.
_bearer = OAuth2PasswordBearer(tokenUrl="/token", auto_error=False)


async def _session() -> AsyncIterator[int]:
    yield 1


_Session = Annotated[int, Depends(_session, scope="function")]


async def _viewer(_session: _Session, _token: Annotated[str | None, Depends(_bearer)]) -> None:
    return None


async def _page(
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> tuple[int, str | None]:
    return limit, cursor


async def _bare() -> Response:
    return Response(b"{}", media_type="application/json")


async def _shaped(
    _session: _Session,
    _viewer: Annotated[None, Depends(_viewer)],
    _page: Annotated[tuple[int, str | None], Depends(_page)],
    category: Annotated[str | None, Query(max_length=50)] = None,
    sort: Literal["active", "new"] = "active",
) -> Response:
    return Response(b"{}", media_type="application/json")


def bare_fastapi() -> FastAPI:
    app = FastAPI()
    app.get("/bare")(_bare)
    app.get("/shaped")(_shaped)
    return app


def by_package(profile: cProfile.Profile, requests: int) -> list[tuple[str, float]]:
    totals: collections.Counter[str] = collections.Counter()
    for (filename, _line, name), row in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        if "site-packages/" in filename:
            key = filename.split("site-packages/")[1].split("/")[0]
        elif "/app/" in filename:
            key = "app/" + filename.split("/app/")[1]
        elif filename == "~":
            key = "builtin " + name.split(" of ")[0].strip("<>")[:40]
        else:
            key = "stdlib " + filename.rsplit("/", 1)[-1]
        totals[key] += row[2]
    return [(key, seconds * 1e6 / requests) for key, seconds in totals.most_common(15)]


def by_function(profile: cProfile.Profile, requests: int) -> list[tuple[float, float, str]]:
    """The 25 functions of the most cumulative time: own and cumulative µs a request."""
    rows = []
    for (filename, line, name), row in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        where = f"{filename.split('site-packages/')[-1].split('/work/main/')[-1]}:{line} {name}"
        rows.append((row[2] * 1e6 / requests, row[3] * 1e6 / requests, where))
    return sorted(rows, key=lambda row: row[1], reverse=True)[:25]


async def main(args: argparse.Namespace) -> None:
    url = os.environ.get("DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1/village_bench")
    app = create_app(Settings(database_url=url, rate_limits_enabled=False, frontend_dist=None))
    try:
        if args.profile:
            for _ in range(200):
                await call(app, args.profile)
            # This process's CPU clock: time spent waiting for PostgreSQL is not counted.
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            for _ in range(args.requests):
                await call(app, args.profile)
            profile.disable()
            print(f"GET {args.profile}: own time per request under cProfile, by package")
            for key, us in by_package(profile, args.requests):
                print(f"  {us:7.0f} us  {key}")
            print("the functions with the most cumulative time (µs a request: own, cumulative)")
            for own, total, where in by_function(profile, args.requests):
                print(f"  {own:7.0f} {total:7.0f} us  {where}")
            return
        print(f"CPU per request, {args.requests} sequential requests each ({url.split('@')[-1]})")
        if args.hot:
            for name, us in (await hot_costs(app, args.requests, args.rounds)).items():
                print(f"  {us:7.0f} us  {name}")
            return
        if not args.compression:
            for path in PATHS:
                us = await cpu_us(lambda path=path: call(app, path), args.requests)  # type: ignore[misc]
                print(f"  {us:7.0f} us  GET {path}")
        print("Plain, and gzipped for a client that accepts it (app/compression.py)")
        for path in PATHS[1:]:
            plain, packed = await compression_costs(app, path, args.requests)
            print(
                f"  {plain:7.0f} us plain, {packed:7.0f} us gzip "
                f"({100 * (packed - plain) / plain:+.1f} %)  GET {path}"
            )
        print(f"gzip alone (level {COMPRESS_LEVEL}), on each page's body")
        for path in PATHS[1:]:
            body = await call(app, path)
            us, size = gzip_cost(body)
            print(f"  {us:7.1f} us  {len(body):>6,} -> {size:>6,} bytes  GET {path}")
        if args.compression:
            return
        print("CPU per statement")
        for name, us in (await statement_costs(app, args.requests)).items():
            print(f"  {us:7.0f} us  {name}")
        bare = bare_fastapi()
        print("FastAPI alone (no middleware, no database)")
        for path, what in (
            ("/bare", "a route with no parameters"),
            ("/shaped", "the thread list's signature"),
        ):
            us = await cpu_us(lambda path=path: call(bare, path), args.requests)  # type: ignore[misc]
            print(f"  {us:7.0f} us  {what}")
        print("GET /api/v1/threads, piece by piece")
        for name, us in (await thread_page_costs(app, args.requests)).items():
            print(f"  {us:7.0f} us  {name}")
    finally:
        await app.state.database.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", metavar="PATH", help="cProfile GET PATH instead")
    parser.add_argument(
        "--compression", action="store_true", help="only the hot pages, plain and gzipped"
    )
    parser.add_argument(
        "--hot", action="store_true", help="only the hot reads, a visitor's and a member's"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="with --hot: split the requests into this many rounds and keep each case's least "
        "(more, smaller rounds filter a busy machine's interference better)",
    )
    asyncio.run(main(parser.parse_args()))
