"""The ceiling: the fastest honest server for two of our hot reads, to measure the API against.

A bare Starlette app on an asyncpg pool that answers

- `GET /api/v1/threads?limit&cursor` (sort "active", no category, an anonymous reader) and
- `GET /api/v1/threads/{id}/posts?limit&cursor` (an anonymous reader)

by sending PostgreSQL the very statements our endpoints send (captured from SQLAlchemy,
kept here verbatim, parameters included) and answering with the very bytes our endpoints
answer with: same keys in the same order, same datetime format, same cursors.
tests/bench/test_ceiling_matches.py holds both promises to account.

What it leaves out is what the ceiling is for: no ORM, no dependency injection, no
validation models, no per-request transaction. Each request takes one pooled connection
and sends its statements in autocommit, one round trip each, as the app now does for a
visitor's page (one statement: app/db.py `one_statement`). Set CEILING_ROUND_TRIPS=app to
send `BEGIN;` and `COMMIT;` around them as well, to see what a transaction costs.

Run: `CEILING_DSN=postgresql://… uvicorn bench.ceiling:app --workers 2 --loop uvloop
--http httptools` (DATABASE_URL in SQLAlchemy form is read too). Tests build their own
with `create_app(dsn)`.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from pydantic_core import to_json
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

# The statements, as SQLAlchemy renders them for asyncpg (see the module docstring).

_THREAD_SELECT = (
    "SELECT threads.id, threads.author_id, threads.anonymous, threads.title, "
    "threads.content_warning, threads.created_at, threads.last_post_at, threads.post_count, "
    "threads.is_pinned, threads.is_locked, threads.category_id, "
    "categories.slug AS category_slug, categories.name AS category_name, "
    "categories.kind AS category_kind, "
    "users.username AS author_username, users.display_name AS author_display_name, "
    "users.role AS author_role, users.deleted_at AS author_deleted_at \n"
    "FROM threads JOIN categories ON categories.id = threads.category_id "
    "JOIN users ON users.id = threads.author_id \n"
)
_ACTIVE_ORDER = "ORDER BY threads.last_post_at DESC, threads.id DESC \n"
THREAD_LIST_SQL = (
    f"{_THREAD_SELECT}WHERE threads.is_deleted = false {_ACTIVE_ORDER} LIMIT $1::INTEGER"
)
THREAD_LIST_AFTER_SQL = (
    f"{_THREAD_SELECT}WHERE threads.is_deleted = false AND "
    "(threads.last_post_at, threads.id) < ($1::TIMESTAMP WITH TIME ZONE, $2::INTEGER) "
    f"{_ACTIVE_ORDER} LIMIT $3::INTEGER"
)
THREAD_SQL = (
    "SELECT threads.id \nFROM threads \n"
    "WHERE threads.id = $1::INTEGER AND threads.is_deleted = false"
)

# Reaction counts come in the post's row, one column per kind, in name order.
REACTION_KINDS = ("heart", "hug", "laugh", "same", "thanks")

_POST_SELECT = (
    "SELECT posts.id, posts.thread_id, posts.number, posts.author_id, posts.anonymous, "
    "posts.anonymous_ordinal, posts.body, posts.body_html, posts.reply_to_id, "
    "posts.created_at, posts.edited_at, posts.is_hidden, posts.hidden_reason, "
    "posts.hidden_by_flags, posts.is_deleted, posts_1.number AS reply_to_number, "
    "users.username AS author_username, users.display_name AS author_display_name, "
    "users.role AS author_role, users.deleted_at AS author_deleted_at, "
    + ", ".join(
        f"(SELECT count(*) AS count_{i} \nFROM reactions \n"
        f"WHERE reactions.post_id = posts.id AND reactions.kind = '{kind}') AS reactions_{kind}"
        for i, kind in enumerate(REACTION_KINDS, start=1)
    )
    + " \nFROM posts JOIN users ON users.id = posts.author_id "
    "LEFT OUTER JOIN posts AS posts_1 ON posts_1.id = posts.reply_to_id "
    "JOIN threads ON threads.id = posts.thread_id \n"
    "WHERE posts.thread_id = $1::INTEGER AND threads.is_deleted = false "
)
POSTS_SQL = f"{_POST_SELECT}ORDER BY posts.number \n LIMIT $2::INTEGER"
POSTS_AFTER_SQL = (
    f"{_POST_SELECT}AND posts.number > $2::INTEGER ORDER BY posts.number \n LIMIT $3::INTEGER"
)


MAX_LIMIT = 100

# Column positions in the rows of the statements above.
T_ID, T_AUTHOR, T_ANONYMOUS, T_TITLE, T_CONTENT_WARNING = 0, 1, 2, 3, 4
T_CREATED, T_LAST_POST, T_POST_COUNT, T_PINNED, T_LOCKED = 5, 6, 7, 8, 9
C_ID, C_SLUG, C_NAME, C_KIND = 10, 11, 12, 13
TU_USERNAME, TU_DISPLAY_NAME, TU_ROLE, TU_DELETED_AT = 14, 15, 16, 17
P_ID, P_THREAD, P_NUMBER, P_AUTHOR, P_ANONYMOUS, P_ORDINAL = 0, 1, 2, 3, 4, 5
P_BODY, P_HTML, P_REPLY_TO, P_CREATED, P_EDITED, P_HIDDEN = 6, 7, 8, 9, 10, 11
P_BY_FLAGS, P_DELETED, P_REPLY_NUMBER = 13, 14, 15
PU_USERNAME, PU_DISPLAY_NAME, PU_ROLE, PU_DELETED_AT = 16, 17, 18, 19
P_REACTIONS = 20  # the first of REACTION_KINDS' counts

MAX_ID = 2_147_483_647


class BadRequest(Exception):
    pass


# Cursors, exactly as app/pagination.py makes and reads them.


def encode_cursor(*values: object) -> str:
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    raw = json.dumps(plain, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _cursor_values(cursor: str, length: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadRequest from exc
    if not isinstance(values, list) or len(values) != length:
        raise BadRequest
    return values


def _id(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_ID:
        return value
    raise BadRequest


def _time(value: object) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as exc:
            raise BadRequest from exc
        if parsed.tzinfo is not None:
            return parsed
    raise BadRequest


def _page_params(request: Request) -> tuple[int, str | None]:
    params = request.query_params
    try:
        limit = int(params.get("limit", "20"))
    except ValueError as exc:
        raise BadRequest from exc
    cursor = params.get("cursor")
    if not 1 <= limit <= MAX_LIMIT or (cursor is not None and len(cursor) > 500):
        raise BadRequest
    return limit, cursor


def _json(content: object, status_code: int = 200) -> Response:
    return Response(to_json(content), status_code, media_type="application/json")


def _problem(status_code: int) -> Response:
    return _json({"status": status_code}, status_code)


def _user(row: asyncpg.Record, user_id: int, username: int, display_name: int, role: int) -> Any:
    return {
        "id": row[user_id],
        "username": row[username],
        "display_name": row[display_name],
        "role": row[role],
    }


def _anonymous_label(anonymous: bool, ordinal: int | None) -> str | None:
    if not anonymous:
        return None
    if ordinal == 0:
        return "Anonymous (original poster)"
    return f"Anonymous {ordinal}" if ordinal is not None else "Anonymous"


class Ceiling:
    """One worker's pool and its two handlers."""

    def __init__(self, dsn: str | None) -> None:
        self.dsn = dsn
        self.pool: asyncpg.Pool | None = None
        self.app_round_trips = os.environ.get("CEILING_ROUND_TRIPS") == "app"
        # Tests set a list here to see every statement sent, with its arguments.
        self.trace: list[tuple[str, tuple[Any, ...]]] | None = None

    async def start(self) -> None:
        dsn = asyncpg_dsn(self.dsn or _dsn_from_env())
        self.pool = await asyncpg.create_pool(dsn, min_size=1, max_size=20, reset=_keep_state)

    async def stop(self) -> None:
        if self.pool is not None:
            await self.pool.close()
            self.pool = None

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[asyncpg.Connection]:
        if self.pool is None:
            raise RuntimeError("the ceiling's pool is not started (run its lifespan)")
        async with self.pool.acquire() as conn:
            if not self.app_round_trips:
                yield conn
                return
            await conn.execute("BEGIN;")
            try:
                yield conn
            except BaseException:
                await conn.execute("ROLLBACK;")
                raise
            await conn.execute("COMMIT;")

    async def fetch(
        self, conn: asyncpg.Connection, sql: str, *args: Any
    ) -> Sequence[asyncpg.Record]:
        if self.trace is not None:
            self.trace.append((sql, args))
        rows: Sequence[asyncpg.Record] = await conn.fetch(sql, *args)
        return rows

    async def threads(self, request: Request) -> Response:
        try:
            limit, cursor = _page_params(request)
            after = _cursor_values(cursor, 2) if cursor is not None else None
            if after is not None:
                after = [_time(after[0]), _id(after[1])]
        except BadRequest:
            return _problem(422)
        async with self.connection() as conn:
            if after is None:
                rows = await self.fetch(conn, THREAD_LIST_SQL, limit + 1)
            else:
                rows = await self.fetch(conn, THREAD_LIST_AFTER_SQL, after[0], after[1], limit + 1)
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = encode_cursor(rows[-1][T_LAST_POST], rows[-1][T_ID])
        items = [
            {
                "id": row[T_ID],
                "category": {
                    "id": row[C_ID],
                    "slug": row[C_SLUG],
                    "name": row[C_NAME],
                    "kind": row[C_KIND],
                },
                "title": row[T_TITLE],
                # Named to a visitor unless anonymous or its author left.
                "author": None
                if row[T_ANONYMOUS] or row[TU_DELETED_AT] is not None
                else _user(row, T_AUTHOR, TU_USERNAME, TU_DISPLAY_NAME, TU_ROLE),
                "author_deleted": row[TU_DELETED_AT] is not None and not row[T_ANONYMOUS],
                "anonymous": row[T_ANONYMOUS],
                "is_mine": False,  # a visitor's
                "created_at": row[T_CREATED],
                "last_post_at": row[T_LAST_POST],
                "post_count": row[T_POST_COUNT],
                "is_pinned": row[T_PINNED],
                "is_locked": row[T_LOCKED],
                "content_warning": row[T_CONTENT_WARNING],
                # A visitor has no reading state.
                "last_read_number": None,
                "unread_count": None,
                "subscription": None,
            }
            for row in rows
        ]
        return _json({"items": items, "next_cursor": next_cursor})

    async def posts(self, request: Request) -> Response:
        try:
            thread_id = int(request.path_params["thread_id"])
            limit, cursor = _page_params(request)
            after = _id(_cursor_values(cursor, 1)[0]) if cursor is not None else None
        except (BadRequest, ValueError):
            return _problem(422)
        if not 1 <= thread_id <= MAX_ID:
            return _problem(422)
        async with self.connection() as conn:
            if after is None:
                rows = await self.fetch(conn, POSTS_SQL, thread_id, limit + 1)
            else:
                rows = await self.fetch(conn, POSTS_AFTER_SQL, thread_id, after, limit + 1)
            if not rows and not await self.fetch(conn, THREAD_SQL, thread_id):
                return _problem(404)
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = encode_cursor(rows[-1][P_NUMBER])
        items = []
        for row in rows:
            shows_body = not row[P_DELETED] and not row[P_HIDDEN]
            reply_to = row[P_REPLY_TO]
            reply_number = row[P_REPLY_NUMBER]
            author_left = row[PU_DELETED_AT] is not None
            items.append(
                {
                    "id": row[P_ID],
                    "thread_id": row[P_THREAD],
                    "number": row[P_NUMBER],
                    "author": None
                    if row[P_ANONYMOUS] or author_left
                    else _user(row, P_AUTHOR, PU_USERNAME, PU_DISPLAY_NAME, PU_ROLE),
                    "author_deleted": author_left and not row[P_ANONYMOUS],
                    "anonymous": row[P_ANONYMOUS],
                    "anonymous_label": _anonymous_label(row[P_ANONYMOUS], row[P_ORDINAL]),
                    "is_mine": False,  # a visitor's
                    "body": row[P_BODY] if shows_body else "",
                    "body_html": row[P_HTML] if shows_body else "",
                    "reply_to": {"id": reply_to, "number": reply_number}
                    if reply_to is not None and reply_number is not None
                    else None,
                    "created_at": row[P_CREATED],
                    "edited_at": row[P_EDITED],
                    "is_hidden": row[P_HIDDEN],
                    "hidden_by": ("reports" if row[P_BY_FLAGS] else "moderator")
                    if row[P_HIDDEN]
                    else None,
                    "hidden_reason": None,  # only its author and moderators see why
                    "is_deleted": row[P_DELETED],
                    "reactions": {
                        kind: count
                        for kind, count in zip(REACTION_KINDS, row[P_REACTIONS:], strict=True)
                        if count
                    },
                    "my_reactions": [],
                    "my_flag": None,  # a visitor's
                    "is_blocked_author": False,  # a visitor blocks nobody
                }
            )
        return _json({"items": items, "next_cursor": next_cursor})

    async def readyz(self, _request: Request) -> Response:
        async with self.connection() as conn:
            await conn.fetchval("SELECT 1")
        return _json({"status": "ready"})


async def _keep_state(_conn: asyncpg.Connection) -> None:
    """A released connection needs no reset: the ceiling never changes session state."""


def _dsn_from_env() -> str:
    dsn = os.environ.get("CEILING_DSN") or os.environ.get("DATABASE_URL")
    if not dsn or not dsn.startswith("postgres"):
        raise RuntimeError("the ceiling needs CEILING_DSN (or DATABASE_URL) for PostgreSQL")
    return dsn


def asyncpg_dsn(url: str) -> str:
    """`postgresql+asyncpg://…` (SQLAlchemy's form) as asyncpg takes it."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme.split('+')[0]}{sep}{rest}"


def create_app(dsn: str | None = None) -> Starlette:
    ceiling = Ceiling(dsn)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await ceiling.start()
        yield
        await ceiling.stop()

    app = Starlette(
        routes=[
            Route("/api/v1/threads", ceiling.threads),
            Route("/api/v1/threads/{thread_id}/posts", ceiling.posts),
            Route("/readyz", ceiling.readyz),
        ],
        lifespan=lifespan,
    )
    app.state.ceiling = ceiling
    return app


app = create_app()
